import { part, mountEach } from '../runtime/dom';
import type { ParamValues } from '../runtime/params';
import { mountWidget, type WidgetSpec } from '../runtime/widget';
import type { TrainingRun } from '../training/compute';
import { trainingComputer } from '../training/computeAsync';
import { trainingEstimate } from '../training/cost';
import type { RunJob } from '../runtime/workerCompute';
import { createDataPlot } from '../training/dataPlot';
import { latentBadge, latentRun, latentText, trainingValues, type LatentRun } from './compute';
import { latentTable } from './table';

/** The generated x along a training run (at once, or when the worker's run arrives). */
function latentCompute(): (v: ParamValues, job: RunJob) => LatentRun | Promise<LatentRun> {
  const trainingRun = trainingComputer();
  // Moving the latent y does not change the training: the last one is reused.
  let last: { key: string; training: TrainingRun } | null = null;
  return (v, job) => {
    const values = trainingValues(v);
    const key = JSON.stringify(values);
    if (last?.key === key) return latentRun(last.training, v);
    const keep = (training: TrainingRun) => {
      last = { key, training };
      return latentRun(training, v);
    };
    const training = trainingRun(values, job);
    return training instanceof Promise ? training.then(keep) : keep(training);
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
    compute: latentCompute(),
    estimate: (v) => trainingEstimate(trainingValues(v)),
    count: (run) => run.training.result.history.length,
    objective: (run) => run.training.result.history.map((s) => s.T),
    rows: (run) =>
      run.training.result.history.map((s, k) => ({
        k,
        a: s.theta[0] ?? null,
        b: s.theta[1] ?? null,
        y: run.y,
        x_generated: run.generated[k] ?? null,
        x_truth: run.truth,
      })),
    text: (run, k) => latentText(run, k),
    badge: (_run, k) => latentBadge(k),
    draw: ({ run, k, ghost }) =>
      draw(run.training, k, ghost?.training ?? null, { y: run.y, model: run.generated[k] ?? 0, truth: run.truth }),
  };
  return mountWidget(root, spec);
}

export function mountAllLatents(): void {
  mountEach('latent', mountLatent);
}
