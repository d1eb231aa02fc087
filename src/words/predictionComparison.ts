/**
 * The comparison beside a prediction's reveal (issue 17): the guess, the solver's answer and the
 * size of the miss in one sentence. Loaded with the figure on the first reveal
 * (src/chrome/predictionReveal.ts), so a page pays for it only when a reader answers.
 */
import { formatSig } from './format.ts';
import { isRight, shown, type Guess, type PredictionKey } from './prediction.ts';

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
  return `You predicted ${shown(g, key.unit)}; the solver's answer is ${formatSig(truth, 5)}${unit}: ${size}, ${within} the ±${formatSig(key.tolerance ?? 0, 3)}${unit} counted as right.`;
}
