/**
 * The words of a prediction (issue 17): the short verdict announced when the reader commits a
 * guess, a skip, the answer shown to a class in presenter mode, and the fallback when the
 * comparison could not load. The comparison itself (the sentence naming the size of the miss) is in
 * predictionComparison.ts, loaded with its figure on the first reveal. src/chrome/prediction.ts
 * shows them.
 */
import { formatSig } from './format.ts';

/** A committed guess: a choice (its value and label) or a number. */
export type Guess = { kind: 'choice'; value: string; label: string } | { kind: 'number'; value: number };

/** What the box knows of its answer. */
export interface PredictionKey {
  /** The answer: a choice's value, or a number as text. */
  answer: string;
  /** The answer as the reader sees it: the right choice's label, or the number. */
  answerLabel: string;
  /** Half-width of a right numeric guess; null for choices. */
  tolerance: number | null;
  /** The answer in one sentence, for a wrong guess ("The start is lost from N = 74."). */
  answerText: string;
  /** The unit of a numeric guess ("steps"), or empty. */
  unit: string;
}

/** Whether a guess matches: the same choice, or a number within the tolerance. */
export function judgeGuess(guess: string, answer: string, tolerance: number | null): boolean {
  if (tolerance === null) return guess === answer;
  if (guess.trim() === '') return false;
  const g = Number(guess);
  return Number.isFinite(g) && Math.abs(g - Number(answer)) <= tolerance;
}

/** A guess as the reader sees it: the choice's label, or the number with its unit ("50 %"). */
export const shown = (g: Guess, unit = '') =>
  g.kind === 'choice' ? g.label : `${formatSig(g.value, 4)}${unit ? ` ${unit}` : ''}`;

/** A number of the key's unit as the reader sees it: "±5 %", "74 steps". */
const withUnit = (text: string, key: PredictionKey) => (key.unit ? `${text} ${key.unit}` : text);
const guessValue = (g: Guess) => (g.kind === 'choice' ? g.value : String(g.value));

/** Whether the committed guess is right. */
export function isRight(g: Guess, key: PredictionKey): boolean {
  return judgeGuess(guessValue(g), key.answer, key.tolerance);
}

/**
 * The verdict announced on commit: right or not. It does not state the answer: the comparison
 * shown with the reveal does, beside its figure (or comparisonMissingWords, if that cannot load),
 * and the reveal's own text gives the reasons, so the answer is not read out three times.
 */
export function verdictWords(g: Guess, key: PredictionKey): string {
  if (isRight(g, key)) return `Your guess, ${shown(g, key.unit)}, is right. The answer is below.`;
  const miss =
    g.kind === 'choice'
      ? 'is not the answer'
      : `is not within ±${withUnit(formatSig(key.tolerance ?? 0, 3), key)} of the answer`;
  return `Your guess, ${shown(g, key.unit)}, ${miss}. The answer and the reasons are below.`;
}

/** The words when the reader skips the prediction. */
export function skippedWords(key: PredictionKey): string {
  return `Skipped. ${key.answerText} The reasons are below.`;
}

/**
 * The words when the answer is shown to a class that did not commit a guess (presenter mode's
 * question slide, on the press after the question): the answer, with no verdict and no "Skipped".
 */
export function presentedWords(key: PredictionKey): string {
  return `The answer: ${key.answerText} The reasons are below.`;
}

/** The words beside the reveal when its comparison (words and figure) could not load, e.g. offline. */
export function comparisonMissingWords(g: Guess | null, key: PredictionKey): string {
  const said = g?.kind === 'choice' ? `“${g.label}”` : g ? shown(g, key.unit) : '';
  const yours = g ? `You predicted ${said}. ` : '';
  const answer = key.tolerance === null ? key.answerLabel : withUnit(key.answerLabel, key);
  return `${yours}The answer: ${answer}. (The figure of the comparison could not load.)`;
}

/** The words when no choice was made yet. */
export const PICK_FIRST = 'Pick one of the answers first; the reveal follows your guess.';
