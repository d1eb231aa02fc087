import type { Model } from '../../../src/solver';
import { valuesOf, type ParamValues } from '../runtime/params';
import { RunFailure } from '../runtime/runFailure';
import { workerCompute, type RunJob } from '../runtime/workerCompute';
import { computeTraining, trainingModel, type TrainingRun } from './compute';
import { FALLBACK_MS, MAIN_THREAD_MS, trainingEstimate } from './cost';
import { trainingTable } from './table';
import { unpackRun, type PackedRun } from './transfer';
import { CUSTOM, loadTypedModels } from './typedModel';

/**
 * A training compute function for one widget (each widget has its own worker, so one widget's
 * run never cancels another's): cheap runs (the article's linear run, about 1 ms) are computed
 * here at once; every run the solver estimates above {@link MAIN_THREAD_MS}, and every run of a
 * typed model, goes to a worker, so the page never freezes, reports progress and can be
 * cancelled. A typed model travels as its text and is compiled in the worker; the page compiles
 * it too (for the curves and step-into) while the worker trains. When the worker's script
 * cannot load (offline before it was fetched), runs up to {@link FALLBACK_MS} are computed here.
 */
export function trainingComputer(): (values: ParamValues, job: RunJob) => TrainingRun | Promise<TrainingRun> {
  const inWorker = workerCompute<PackedRun>(
    () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
  );
  return (values, job) => {
    const typed = values.model === CUSTOM;
    const { ms } = trainingEstimate(values);
    const here = () => (typed ? loadTypedModels().then(() => computeTraining(values)) : computeTraining(values));
    if ((ms <= MAIN_THREAD_MS && !typed) || typeof Worker !== 'function') return here();
    const compiled = typed ? loadTypedModels() : Promise.resolve();
    const model = () => trainingModel(valuesOf(trainingTable, values)) as Model;
    return Promise.all([inWorker(values, job), compiled]).then(
      ([packed]) => unpackRun(packed, model),
      (error: unknown) => {
        if (error instanceof RunFailure && error.kind === 'load' && ms <= FALLBACK_MS) return here();
        throw error;
      },
    );
  };
}
