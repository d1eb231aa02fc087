import { digits as dg } from '../../../src/solver';
import { workerCompute } from '../runtime/workerCompute';

/** What the view of one update is computed from: D at that update, α, N and the chosen image (1-based). */
export interface SweepInput {
  d: Float64Array;
  alpha: number;
  steps: number;
  image: number;
}

/** The literal unrolled path's records of one update over the training set (pure: in the worker and tests). */
export function computeSweepWith(data: dg.Digits, input: SweepInput): dg.DigitsSweep {
  return dg.digitsSweep(input.d, data.train, input.alpha, input.steps, input.image - 1);
}

/** The sweep computed in a worker: it holds every training image's N + 1 steps, off the main thread. */
export function sweepComputer() {
  return workerCompute<dg.DigitsSweep, SweepInput>(
    () => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }),
  );
}
