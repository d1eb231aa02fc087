import { evaluateModel } from '../../../src/solver';
import { formatFixed, formatSig, paren } from '../../../src/lib/format';
import { part, mountEach } from '../core/dom';
import { defaults, num, type ParamValues } from '../core/params';
import { mountWidget, type StepText, type WidgetSpec } from '../core/widget';
import { computeTraining, TRUTH, type TrainingRun } from '../training/compute';
import { createDataPlot } from '../training/dataPlot';
import { trainingTable } from '../training/table';
import { latentTable } from './table';

interface LatentRun {
  training: TrainingRun;
  y: number;
  /** x = f(y) under θ(k), for every k. */
  generated: number[];
  /** x = f(y) under the ground truth. */
  truth: number;
}

/** The article's training with the explorer's few changes. */
function compute(v: ParamValues): LatentRun {
  const training = computeTraining({
    ...defaults(trainingTable),
    N: num(v, 'N'),
    epochs: num(v, 'epochs'),
    a0: num(v, 'a0'),
    b0: num(v, 'b0'),
  });
  const y = num(v, 'y');
  const model = training.params.model;
  return {
    training,
    y,
    generated: training.result.history.map((s) => evaluateModel(model, s.theta, y)),
    truth: evaluateModel(model, TRUTH, y),
  };
}

function text(run: LatentRun, k: number): StepText {
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

/** Mounts one latent explorer: the generative direction y → x under θ(k) and the truth. */
export function mountLatent(root: HTMLElement) {
  const draw = createDataPlot(part(root, '[data-part="plot"]'), [
    'pairs',
    'truth',
    'model',
    'latentRule',
    'latentModel',
    'latentTruth',
    'ghost',
  ]);
  const spec: WidgetSpec<LatentRun> = {
    table: latentTable,
    unit: 'update',
    compute,
    count: (run) => run.training.result.history.length,
    rows: (run) =>
      run.training.result.history.map((s, k) => ({
        k,
        a: s.theta[0] ?? null,
        b: s.theta[1] ?? null,
        y: run.y,
        x_generated: run.generated[k] ?? null,
        x_truth: run.truth,
      })),
    text: (run, k) => text(run, k),
    badge: (_run, k) => ({
      tone: 'info',
      label: k === 0 ? 'Before training.' : `After ${k} updates.`,
      reason: 'The model runs forwards here: no inversion is needed to generate x from a chosen y.',
    }),
    draw: ({ run, k, ghost }) =>
      draw(run.training, k, ghost?.training ?? null, { y: run.y, model: run.generated[k] ?? 0, truth: run.truth }),
  };
  return mountWidget(root, spec);
}

export function mountAllLatents(): void {
  mountEach('latent', mountLatent);
}
