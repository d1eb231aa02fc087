import { evaluateModel } from '../../../src/solver';
import { formatFixed, formatSig, paren } from '../../../src/words/format';
import { defaults, num, type ParamValues } from '../runtime/params';
import type { Badge, StepText } from '../runtime/widget';
import { TRUTH, type TrainingRun } from '../training/compute';
import { trainingTable } from '../training/table';

export interface LatentRun {
  training: TrainingRun;
  y: number;
  /** x = f(y) under θ(k), for every k. */
  generated: number[];
  /** x = f(y) under the ground truth. */
  truth: number;
}

/** The article's training with the explorer's few changes. */
export function trainingValues(v: ParamValues): ParamValues {
  return { ...defaults(trainingTable), N: num(v, 'N'), epochs: num(v, 'epochs'), a0: num(v, 'a0'), b0: num(v, 'b0') };
}

export function latentRun(training: TrainingRun, v: ParamValues): LatentRun {
  const y = num(v, 'y');
  const model = training.params.model;
  return {
    training,
    y,
    generated: training.result.history.map((s) => evaluateModel(model, s.theta, y)),
    truth: evaluateModel(model, TRUTH, y),
  };
}

export function latentText(run: LatentRun, k: number): StepText {
  const theta = run.training.result.history[k]?.theta ?? [0, 0];
  const x = run.generated[k];
  const slots = {
    k: String(k),
    a: formatFixed(theta[0]),
    b: paren(formatFixed(theta[1])),
    y: paren(formatFixed(run.y, 2)),
    x: formatFixed(x),
    truth: formatFixed(run.truth),
  };
  return {
    slots,
    equation: `x = f(y) = a·y + b = ${slots.a}·${slots.y} + ${slots.b} = ${slots.x}; the ground truth gives ${slots.truth}.`,
    readout: [
      ['update k', String(k)],
      ['latent y', formatFixed(run.y, 2)],
      ['x under θ(k)', formatFixed(x)],
      ['x under the truth (2, −4)', formatFixed(run.truth)],
    ],
    narration: `Update ${k}: from y = ${formatSig(run.y, 3)} the model generates x = ${formatSig(x, 4)}; the truth gives ${formatSig(run.truth, 4)}.`,
  };
}

/** The badge: before or after training, and why no inversion is needed here. */
export function latentBadge(k: number): Badge {
  return {
    tone: 'info',
    label: k === 0 ? 'Before training.' : `After ${k} updates.`,
    reason: 'The model runs forwards here: no inversion is needed to generate x from a chosen y.',
  };
}
