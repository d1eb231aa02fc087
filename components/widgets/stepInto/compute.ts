import { stepInto, trainingCost, type TrainParams, type TrainingStep, type UpdateDetail } from '../../../src/solver';
import { RunFailure } from '../runtime/runFailure';
import { workerCompute, type RunJob } from '../runtime/workerCompute';
import { FALLBACK_MS, MAIN_THREAD_MS } from '../training/cost';

/** What the detail of one update is computed from: the run's parameters and its records 0…k. */
export interface InnerInput {
  params: TrainParams;
  history: TrainingStep[];
  k: number;
}

/** The detail of update `k` (the solver's stepInto), from records 0…k of the run. */
export function computeDetail(input: InnerInput): UpdateDetail {
  return stepInto(input.params, input.history, input.k);
}

/**
 * The estimated cost of the detail: one update under gradient descent; under momentum or Adam
 * the optimizer's memory is replayed over updates 0…k−1 first.
 */
export function detailMs({ params, k }: InnerInput): number {
  const replayed = params.optimizer && params.optimizer.kind !== 'gd' ? k : 0;
  const steps = params.inner.steps;
  return trainingCost({
    // A custom model object costs as the slowest named model.
    model: typeof params.model === 'string' ? params.model : 'cubic',
    epochs: replayed,
    samples: params.data.x.length,
    innerSteps: steps,
    gradientSteps: params.gradient?.steps ?? steps,
    method: params.gradient?.method ?? 'forward',
  }).ms;
}

/**
 * The step-into compute function, on the training runtime's path: a cheap detail at once, a
 * slow one (a long replay) in a worker that can fail with a {@link RunFailure} like any run;
 * when the worker's script does not load, details up to FALLBACK_MS are computed here.
 */
export function detailComputer(): (input: InnerInput, job: RunJob) => UpdateDetail | Promise<UpdateDetail> {
  const inWorker = workerCompute<UpdateDetail, InnerInput>(
    () => new Worker(new URL('./innerDetail.worker.ts', import.meta.url), { type: 'module' }),
  );
  return (input, job) => {
    const ms = detailMs(input);
    if (ms <= MAIN_THREAD_MS || typeof Worker !== 'function') return computeDetail(input);
    return inWorker(input, job).catch((error: unknown) => {
      if (error instanceof RunFailure && error.kind === 'load' && ms <= FALLBACK_MS) return computeDetail(input);
      throw error;
    });
  };
}
