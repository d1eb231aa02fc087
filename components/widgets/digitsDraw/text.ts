import { aDigit } from '../../../src/words/clauses';
import { formatFixed, formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import { predicted } from '../digitsInvert/compute';
import type { DigitsDrawRun } from './compute';
import { valueAt } from '../digits/valueAt';

/** The sentence an empty drawing gets instead of a classification. */
export const EMPTY_MESSAGE =
  'Nothing is drawn yet, so there is nothing to classify: draw a digit with the mouse or a finger, or move the cursor with the arrow keys and press Space to ink a cell.';

/** The numbers of step k for the drawing. */
export function digitsDrawText(run: DigitsDrawRun, k: number): StepText {
  const r = run.records[k];
  if (run.empty || !r) {
    return { slots: {}, equation: '', readout: [['reads as', '— (nothing drawn)']], narration: EMPTY_MESSAGE };
  }
  const best = predicted(r.y);
  return {
    slots: {},
    equation: `y(n+1) = y(n) − 2α(DDᵀy(n) − Dx) with α = ${formatSig(run.alpha, 3)}, x the 8 × 8 reduction of the drawing.`,
    readout: [
      ['n', String(k)],
      ['reads as', k === 0 ? '— (all weights 0)' : String(best)],
      ['largest weight', formatFixed(valueAt(r.y, best), 3)],
      ['L = ‖x − Dᵀyₙ‖²', formatFixed(r.loss, 3)],
    ],
    narration:
      k === 0
        ? 'Step 0: all weights are 0.'
        : `Step ${k}: your drawing reads as ${aDigit(best)} (weight ${formatSig(valueAt(r.y, best), 3)}).`,
  };
}

export function digitsDrawBadge(run: DigitsDrawRun, k: number): Badge {
  if (run.empty) return { tone: 'info', label: 'Nothing drawn.', reason: EMPTY_MESSAGE };
  const r = run.records[k];
  const reason = `α = ${formatSig(run.alpha, 3)} < 1/λ_max = ${formatSig(run.stability.alphaLimit, 3)}, after ${k} of ${run.records.length - 1} steps.`;
  if (!r || k === 0) return { tone: 'info', label: 'Start: y₀ = 0.', reason };
  return { tone: 'converging', label: `Reads as ${aDigit(predicted(r.y))}.`, reason };
}
