import { formatFixed, formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import { digits as dg } from '../../../src/solver';
import { entryName, entryValue } from '../digitsSweep/text';
import type { DigitsTrainRun } from './compute';

const pct = (share: number): string => `${formatFixed(100 * share, 1)} %`;

/** The numbers of update k: T, the accuracies, λ_max. */
export function digitsTrainText(run: DigitsTrainRun, k: number): StepText {
  const r = run.records[k];
  if (!r) return { slots: {}, equation: '', readout: [], narration: '' };
  return {
    slots: {},
    equation: `D(k+1) = D(k) − Adam step on dT/dD, T(D) = Σ‖tᵢ − h_D(xᵢ)‖² with h_D the ${run.steps}-step inversion.`,
    readout: [
      ['update k', String(k)],
      ['T(D)', formatFixed(r.T, 2)],
      ['train accuracy', pct(r.trainAccuracy)],
      ['test accuracy', pct(r.testAccuracy)],
      ['λ_max(DDᵀ)', formatFixed(r.lambdaMax, 2)],
      gradReadout(r.grad),
    ],
    narration: `Update ${k}: T = ${formatSig(r.T, 4)}, test accuracy ${pct(r.testAccuracy)}.`,
  };
}

/** The readout row of dT/dD: its largest entry, the one the step-into view follows through the sweep. */
function gradReadout(grad: Float64Array): [string, string] {
  const e = dg.largestEntry(grad);
  return ['largest dT/dD entry', `${entryValue(grad, e)} at ${entryName(e)}`];
}

export function digitsTrainBadge(run: DigitsTrainRun, k: number): Badge {
  if (run.stopped && k === run.records.length - 1) {
    return { tone: 'diverged', label: 'Stopped.', reason: `Training stopped: ${run.stopped}. Lower α or the rate β.` };
  }
  const r = run.records[k];
  const first = run.records[0];
  if (!r || !first) return { tone: 'info', label: 'No run.', reason: '' };
  return {
    tone: k === 0 ? 'info' : 'converging',
    label: k === 0 ? 'Start.' : `T down ${formatFixed(100 * (1 - r.T / first.T), 1)} %.`,
    reason: `α = ${formatSig(run.alpha, 3)} stays below 1/λ_max = ${formatSig(1 / r.lambdaMax, 3)} at this update.`,
  };
}
