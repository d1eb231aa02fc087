/**
 * What a prediction's reveal draws beside the answer (issue 17), loaded on the first reveal of a
 * page (src/chrome/prediction.ts imports it dynamically, so a reader who never answers does not
 * pay for it): the sentence comparing guess and truth, and the truth beside the guess on a
 * figure: a number line with guess, answer and miss for a numeric guess; for choices, the answer
 * and the guess marked in the list of choices itself.
 */
import type { Guess, PredictionKey } from '../words/prediction.ts';
import { comparisonWords } from '../words/predictionComparison.ts';
import { numberLine } from './numberLine.ts';

/** A short tag after a choice's label: "the answer", "your guess". */
function tag(input: HTMLInputElement, text: string, kind: 'answer' | 'guess'): void {
  const label = input.labels?.[0];
  if (!label || label.querySelector(`.pick-${kind}`)) return;
  const mark = document.createElement('span');
  mark.className = `pick-tag pick-${kind}`;
  mark.textContent = text;
  label.append(' ', mark);
}

/** Marks the answer (and a wrong guess) among the choices, so the list shows the truth beside the guess. */
function markChoices(form: HTMLFormElement, guess: Guess | null, key: PredictionKey): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const isAnswer = radio.value === key.answer;
    const isGuess = guess?.kind === 'choice' && radio.value === guess.value;
    if (isAnswer) tag(radio, isGuess ? 'your guess, the answer' : 'the answer', 'answer');
    else if (isGuess) tag(radio, 'your guess', 'guess');
  }
}

/** Fills the comparison of a committed prediction: its sentence and its figure. */
export function showComparison(
  form: HTMLFormElement,
  compare: HTMLElement,
  guess: Guess | null,
  key: PredictionKey,
): void {
  const slider = form.querySelector<HTMLInputElement>('input[type="range"]');
  if (!slider) markChoices(form, guess, key);
  if (!guess) return;
  compare.textContent = comparisonWords(guess, key);
  if (guess.kind === 'number' && slider && !compare.nextElementSibling?.matches('svg.prediction-line')) {
    const range = { min: Number(slider.min), max: Number(slider.max) };
    compare.after(numberLine(range, guess.value, Number(key.answer), compare.textContent));
  }
}
