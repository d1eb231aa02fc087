import type { LandscapeParams } from '../../../src/solver';
import { PLANE, type TrainingRun } from './compute';
import { GRID, type Field } from './planePlot';

type Reply = { id: number; progress?: number; bands?: Field['bands']; min?: number; max?: number; error?: string };

/**
 * Fetches the T landscape for a run from the worker, reusing the last field when the data and
 * the inner loop are unchanged (θ0, β, the optimizer do not change T). Shows progress while
 * the worker runs; a newer request supersedes an older one.
 */
export function createFieldSource(
  onField: (field: Field | null) => void,
  onProgress: (share: number | null, error?: string) => void,
) {
  let worker: Worker | null = null;
  let lastKey = '';
  let requestId = 0;

  function ensureWorker(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const r = event.data;
      if (r.id !== requestId) return;
      if (r.error) onProgress(null, r.error);
      else if (r.bands) {
        onProgress(null);
        onField({ bands: r.bands, min: r.min ?? 0, max: r.max ?? 1 });
      } else onProgress(r.progress ?? 0);
    };
    return worker;
  }

  return function request(run: TrainingRun): void {
    const params: LandscapeParams = {
      model: run.params.model,
      data: run.params.data,
      inner: run.params.inner,
      aRange: PLANE.a,
      bRange: PLANE.b,
      size: [GRID, GRID],
    };
    const key = JSON.stringify([params.model, params.data, params.inner]);
    if (key === lastKey) return;
    lastKey = key;
    requestId += 1;
    onProgress(0);
    ensureWorker().postMessage({ id: requestId, params });
  };
}
