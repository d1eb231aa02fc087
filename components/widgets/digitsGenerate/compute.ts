import { digits as dg } from '../../../src/solver';
import { loadDigits } from '../digits/load';
import { valuesOf, type ParamValues } from '../runtime/params';
import { digitsGenerateTable } from './table';
import { workerCompute, type RunJob } from '../runtime/workerCompute';
import { digitsTrainTable } from '../digitsTrain/table';
import type { DigitsTrainRun } from '../digitsTrain/compute';
import { defaults } from '../runtime/params';

/** Two generated images for the same weights: Dᵀy with the class means and with the trained D. */
export interface DigitsGenerateRun {
  y: number[];
  means: Float64Array;
  trained: Float64Array;
}

/** Dᵀy for D (10 × 64) and weights y. */
export function generate(d: Float64Array, y: readonly number[]): Float64Array {
  const out = new Float64Array(dg.PIXELS);
  y.forEach((w, k) => {
    const row = d.subarray(k * dg.PIXELS, (k + 1) * dg.PIXELS);
    row.forEach((v, p) => (out[p] = (out[p] ?? 0) + w * v));
  });
  return out;
}

/** The images for `values` given both dictionaries (pure: at build time and in the page). */
export function generateWith(means: Float64Array, trained: Float64Array, values: ParamValues): DigitsGenerateRun {
  const v = valuesOf(digitsGenerateTable, values);
  const y = [v.y0, v.y1, v.y2, v.y3, v.y4, v.y5, v.y6, v.y7, v.y8, v.y9];
  return { y, means: generate(means, y), trained: generate(trained, y) };
}

let dictionaries: Promise<[Float64Array, Float64Array]> | null = null;

/**
 * The class means and the course's trained D (lesson 15's run, trained once in the training
 * widget's worker); every later slider move is computed at once.
 */
export function generateComputer(): (values: ParamValues, job: RunJob) => Promise<DigitsGenerateRun> {
  const inWorker = workerCompute<DigitsTrainRun>(
    () => new Worker(new URL('../digitsTrain/train.worker.ts', import.meta.url), { type: 'module' }),
    60_000,
  );
  return (values, job) => {
    dictionaries ??= Promise.all([loadDigits(), inWorker(defaults(digitsTrainTable), job)]).then(([data, run]) => [
      dg.classMeans(data.train),
      run.records.at(-1)?.d ?? dg.classMeans(data.train),
    ]);
    dictionaries.catch(() => (dictionaries = null));
    return dictionaries.then(([means, trained]) => generateWith(means, trained, values));
  };
}
