import type { ParamValues } from '../core/params';
import { workerCompute } from '../core/workerCompute';
import { computeTraining, type TrainingRun } from './compute';

const inWorker = workerCompute<TrainingRun>(
  () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
);

/**
 * The training run for these values: computed here for the linear model (its hand-written
 * kernel needs about 2 ms for the article's run), in a worker for the nonlinear models.
 */
export function computeTrainingRun(values: ParamValues): TrainingRun | Promise<TrainingRun> {
  if (values.model === 'linear' || typeof Worker !== 'function') return computeTraining(values);
  return inWorker(values);
}
