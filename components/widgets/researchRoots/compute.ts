import { landing, truncatedFitRoots } from '../../../src/solver';
import type { RootsRecord, RootsRun } from './records';

export type { RootsRecord, RootsRun } from './records';
import { valuesOf, type ParamValues } from '../runtime/params';
import { ARTICLE_A0, rootsTable } from './table';

/** The a-range searched and drawn: past a = 6 every c is below −2.6 and no fit exists near it. */
export const A_RANGE: [number, number] = [1e-6, 6];

/** Every N from 0 to nMax (record k is N = k; at N = 0 nothing fits and training cannot move): the roots (grid of 6000 cells) and the landings of both starts. */
export function computeRoots(values: ParamValues, progress?: (share: number) => void): RootsRun {
  const { alpha, a0, nMax } = valuesOf(rootsTable, values);
  const records: RootsRecord[] = [];
  for (let N = 0; N <= nMax; N++) {
    const roots = truncatedFitRoots({ alpha, steps: N, range: A_RANGE, grid: 6000 });
    const run = (start: number) => landing(N, start, roots, { alpha });
    records.push({ N, roots, mine: run(a0), article: run(ARTICLE_A0) });
    progress?.(N / nMax);
  }
  return { alpha, a0, records };
}
