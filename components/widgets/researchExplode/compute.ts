import { explosionMap, MAP_OBSERVATION, type MapCell } from '../../../src/solver';
import { num, type ParamValues } from '../runtime/params';
import { GRID } from './table';

/** The map for one N: each cell's c, class and log₁₀|dg(N)/da|. */
export interface ExplodeRecord {
  N: number;
  cells: MapCell[];
}

export interface ExplodeRun {
  alphas: number[];
  as: number[];
  records: ExplodeRecord[];
  /** The chosen cell's indices (the nearest centre to the chosen α and a). */
  chosen: { col: number; row: number };
  observation: typeof MAP_OBSERVATION;
}

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

/** The cell at (col, row) of record k. */
export function cellAt(run: ExplodeRun, k: number, col: number, row: number): MapCell | undefined {
  return run.records[k]?.cells[row * run.alphas.length + col];
}
