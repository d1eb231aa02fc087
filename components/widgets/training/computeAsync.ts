import type { ParamValues } from '../runtime/params';
import { RunFailure } from '../runtime/runFailure';
import { workerCompute, type RunJob } from '../runtime/workerCompute';
import { computeTraining, type TrainingRun } from './compute';
import { FALLBACK_MS, MAIN_THREAD_MS, trainingEstimate } from './cost';

/**
 * A training compute function for one widget (each widget has its own worker, so one widget's
 * run never cancels another's): cheap runs (the article's linear run, about 1 ms) are computed
 * here at once; every run the solver estimates above {@link MAIN_THREAD_MS} goes to a worker,
 * so the page never freezes, reports progress and can be cancelled. When the worker's script
 * cannot load (offline before it was fetched), runs up to {@link FALLBACK_MS} are computed here.
 */
export function trainingComputer(): (values: ParamValues, job: RunJob) => TrainingRun | Promise<TrainingRun> {
  const inWorker = workerCompute<TrainingRun>(
    () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
  );
  return (values, job) => {
    const { ms } = trainingEstimate(values);
    if (ms <= MAIN_THREAD_MS || typeof Worker !== 'function') return computeTraining(values);
    return inWorker(values, job).catch((error: unknown) => {
      if (error instanceof RunFailure && error.kind === 'load' && ms <= FALLBACK_MS) return computeTraining(values);
      throw error;
    });
  };
}
