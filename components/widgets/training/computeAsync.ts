import type { ParamValues } from '../core/params';
import { computeTraining, type TrainingRun } from './compute';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (r: TrainingRun) => void; reject: (e: Error) => void }>();

function trainingWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; run?: TrainingRun; error?: string }>) => {
    const job = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.run) job?.resolve(event.data.run);
    else job?.reject(new Error(event.data.error ?? 'training failed'));
  };
  return worker;
}

/**
 * The training run for these values: computed here for the linear model (its hand-written
 * kernel needs about 2 ms for the article's run), in a worker for the nonlinear models.
 */
export function computeTrainingRun(values: ParamValues): TrainingRun | Promise<TrainingRun> {
  if (values.model === 'linear' || typeof Worker !== 'function') return computeTraining(values);
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    trainingWorker().postMessage({ id, values });
  });
}
