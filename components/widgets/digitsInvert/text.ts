import { aDigit } from '../../../src/words/clauses';
import { formatFixed, formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import { predicted, type DigitsInvertRun } from './compute';
import { valueAt } from '../digits/valueAt';

/** The numbers of step k in words: readout rows, the update as a sentence, the live-region line. */
export function digitsInvertText(run: DigitsInvertRun, k: number): StepText {
  const r = run.records[k];
  if (!r) return { slots: {}, equation: '', readout: [], narration: '' };
  const best = predicted(r.y);
  const sum = r.y.reduce((s, v) => s + v, 0);
  const readout: [string, string][] = [
    ['n', String(k)],
    ['reads as', k === 0 ? '— (all weights 0)' : String(best)],
    ['largest weight', formatFixed(valueAt(r.y, best), 3)],
    ['sum of the weights', formatFixed(sum, 3)],
    ['L = ‖x − Dᵀyₙ‖²', formatFixed(r.loss, 3)],
    ['true digit', String(run.label)],
  ];
  const equation = `y(n+1) = y(n) − 2α(DDᵀy(n) − Dx) with α = ${formatSig(run.alpha, 3)}; after step ${k} the loss is ${formatFixed(r.loss, 3)}.`;
  const narration =
    k === 0
      ? `Step 0: all ten weights are 0, the reconstruction is blank, loss ${formatSig(r.loss, 3)}.`
      : `Step ${k}: the largest weight is on ${best} (${formatSig(valueAt(r.y, best), 3)}), loss ${formatSig(r.loss, 3)}; the image is ${aDigit(run.label)}.`;
  return { slots: {}, equation, readout, narration };
}

/** The badge: what the weights read at step k, and why the run is stable. */
export function digitsInvertBadge(run: DigitsInvertRun, k: number): Badge {
  const r = run.records[k];
  const limit = formatSig(run.stability.alphaLimit, 3);
  const reason = `α = ${formatSig(run.alpha, 3)} < 1/λ_max = ${limit}: every error component shrinks; the slowest by the factor ${formatFixed(run.slowest, 4)} per step.`;
  if (!r || k === 0) return { tone: 'info', label: 'Start: y₀ = 0.', reason };
  const best = predicted(r.y);
  return {
    tone: best === run.label ? 'converging' : 'oscillating',
    label: best === run.label ? `Reads ${aDigit(best)}, right.` : `Reads ${aDigit(best)}; it is ${aDigit(run.label)}.`,
    reason,
  };
}
