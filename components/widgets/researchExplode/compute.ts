import { explosionMap, MAP_OBSERVATION } from '../../../src/solver';
import { nth } from '../../../src/solver/core/nth';
import type { ExplodeRecord, ExplodeRun } from './cells';

export type { ExplodeRecord, ExplodeRun } from './cells';
import { valuesOf, type ParamValues } from '../runtime/params';
import { explodeTable, GRID } from './table';

/** The index of the grid value nearest v (the first of equals). */
const nearest = (xs: readonly number[], v: number) =>
  xs.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(nth(xs, best) - v) ? i : best), 0);

/** Maps for N = 0 … nMax (record k is N = k). */
export function computeExplode(values: ParamValues, progress?: (share: number) => void): ExplodeRun {
  const v = valuesOf(explodeTable, values);
  const nMax = v.nMax;
  const records: ExplodeRecord[] = [];
  let alphas: number[] = [];
  let as: number[] = [];
  for (let N = 0; N <= nMax; N++) {
    const map = explosionMap({ N, ...GRID });
    alphas = map.alphas;
    as = map.as;
    records.push({ N, cells: map.cells });
    progress?.(N / nMax);
  }
  const chosen = { col: nearest(alphas, v.alpha), row: nearest(as, v.a) };
  return { alphas, as, records, chosen, observation: MAP_OBSERVATION };
}
