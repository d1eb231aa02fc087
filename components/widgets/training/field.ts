import { landscapeCost, type LandscapeParams } from '../../../src/solver';
import { duration } from '../runtime/runs';
import { asFailure, failureMessage } from '../runtime/runFailure';
import { workerCompute } from '../runtime/workerCompute';
import { PLANE, type TrainingRun } from './compute';
import { GRID, type Field, type GridToSvg, type LandscapeInput } from './landscapeField';
import { sendModel } from './transfer';

/** The landscape is not drawn when the solver estimates it above this (on a fast computer). */
export const LANDSCAPE_BUDGET_MS = 20_000;

/** What the plane shows about its landscape: progress (0…1, or null), a sentence, a retry. */
export interface FieldStatus {
  share: number | null;
  message: string;
  retry: (() => void) | null;
}

/**
 * Fetches the T landscape for a run from a worker, reusing the last field when the data and
 * the inner loop are unchanged (θ0, β, the optimizer do not change T). A newer request stops
 * the worker computing an older one; a landscape over budget is not computed (the sentence
 * says which parameter to lower); a failure says what failed and offers a retry.
 */
export function createFieldSource(
  onField: (field: Field | null) => void,
  onStatus: (s: FieldStatus) => void,
  svg: GridToSvg,
) {
  const compute = workerCompute<Field, LandscapeInput>(
    () => new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module' }),
    60_000,
  );
  let lastKey = '';
  let controller: AbortController | null = null;

  return function request(run: TrainingRun, force = false): void {
    // A typed model travels as its text, compiled in the worker.
    const params: Omit<LandscapeParams, 'model'> & { model: LandscapeInput['model'] } = {
      model: sendModel(run.params.model),
      data: run.params.data,
      inner: run.params.inner,
      aRange: PLANE.a,
      bRange: PLANE.b,
      size: [GRID, GRID],
    };
    const key = JSON.stringify([params.model, params.data, params.inner]);
    if (key === lastKey && !force) return;
    lastKey = key;
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const samples = run.params.data.x.length;
    const steps = run.params.inner.steps;
    const model = typeof run.params.model === 'string' ? run.params.model : 'cubic';
    const cost = landscapeCost({ model, points: GRID * GRID, samples, innerSteps: steps });
    if (cost.ms > LANDSCAPE_BUDGET_MS) {
      onField(null);
      onStatus({
        share: null,
        message: `The landscape of T is not drawn for these settings: it would take ${duration(cost.ms)} on a fast computer (${GRID * GRID} points × ${samples} samples × ${steps} inner steps). Lower Inner steps N (now ${steps}) or Samples to draw it.`,
        retry: null,
      });
      return;
    }
    const computing = 'Computing the landscape of T…';
    onStatus({ share: 0, message: computing, retry: null });
    const progress = (share: number) => {
      if (controller === own) onStatus({ share, message: computing, retry: null });
    };
    compute({ ...params, svg }, { signal: own.signal, progress }).then(
      (field) => {
        if (controller !== own) return;
        onStatus({ share: null, message: '', retry: null });
        onField(field);
      },
      (error: unknown) => {
        if (controller !== own) return;
        const f = asFailure(error);
        lastKey = '';
        onField(null);
        onStatus({ share: null, message: failureMessage(f, 'The landscape of T'), retry: () => request(run, true) });
      },
    );
  };
}
