import { explosionMap, MAP_OBSERVATION } from '../../../src/solver';
import type { ExplodeRecord, ExplodeRun } from './cells';

export type { ExplodeRecord, ExplodeRun } from './cells';
import { num, type ParamValues } from '../runtime/params';
import { GRID } from './table';

const nearest = (xs: readonly number[], v: number) =>
  xs.reduce((best, x, i) => (Math.abs(x - v) < Math.abs((xs[best] as number) - v) ? i : best), 0);

/** Maps for N = 0 … nMax (record k is N = k). */
export function computeExplode(v: ParamValues, progress?: (share: number) => void): ExplodeRun {
  const nMax = num(v, 'nMax');
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
  const chosen = { col: nearest(alphas, num(v, 'alpha')), row: nearest(as, num(v, 'a')) };
  return { alphas, as, records, chosen, observation: MAP_OBSERVATION };
}
