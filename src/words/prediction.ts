/**
 * The words of a prediction (issue 17): the short verdict announced when the reader commits a
 * guess, and the sentence beside the reveal that compares the guess with the solver's answer and
 * names the size of the miss. src/chrome/prediction.ts shows them.
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

const shown = (g: Guess) => (g.kind === 'choice' ? g.label : formatSig(g.value, 4));
const guessValue = (g: Guess) => (g.kind === 'choice' ? g.value : String(g.value));

/** Whether the committed guess is right. */
export function isRight(g: Guess, key: PredictionKey): boolean {
  return judgeGuess(guessValue(g), key.answer, key.tolerance);
}

/** The verdict announced on commit: right, or wrong with the answer in a sentence. */
export function verdictWords(g: Guess, key: PredictionKey): string {
  return isRight(g, key)
    ? `Your guess, ${shown(g)}, is right. The answer is below.`
    : `Your guess was ${shown(g)}. ${key.answerText} The reasons are below.`;
}

/** The comparison beside the reveal: the guess, the truth, and the size of the miss. */
export function comparisonWords(g: Guess, key: PredictionKey): string {
  if (g.kind === 'choice') {
    return isRight(g, key)
      ? `You predicted “${g.label}”: right. The answer and the figure are below.`
      : `You predicted “${g.label}”. The answer is “${key.answerLabel}”: see below why.`;
  }
  const truth = Number(key.answer);
  const miss = Math.abs(g.value - truth);
  const unit = key.unit ? ` ${key.unit}` : '';
  const side = g.value === truth ? 'exactly' : g.value < truth ? 'below' : 'above';
  const size = side === 'exactly' ? 'no miss at all' : `a miss of ${formatSig(miss, 3)}${unit} ${side} it`;
  const within = key.tolerance !== null && miss <= key.tolerance ? 'within' : 'outside';
  return `You predicted ${formatSig(g.value, 4)}${unit}; the solver's answer is ${formatSig(truth, 5)}${unit}: ${size}, ${within} the ±${formatSig(key.tolerance ?? 0, 3)} counted as right.`;
}

/** The words when the reader skips the prediction. */
export function skippedWords(key: PredictionKey): string {
  return `Skipped. ${key.answerText} The reasons are below.`;
}

/** The words when no choice was made yet. */
export const PICK_FIRST = 'Pick one of the answers first; the reveal follows your guess.';
