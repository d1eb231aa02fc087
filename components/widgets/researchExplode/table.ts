import type { ParamTable, ValuesOf } from '../runtime/params';

/** The explosion map's parameters: how far N runs (the stepper steps over N) and the cell shown. */
export const explodeTable = [
  { name: 'nMax', kind: 'number', label: 'Largest N', default: 40, min: 5, max: 80, step: 1, integer: true },
  { name: 'alpha', kind: 'number', label: 'Chosen cell: α', default: 0.3, min: 0.05, max: 0.5, step: 0.025 },
  { name: 'a', kind: 'number', label: 'Chosen cell: a', default: 2, min: 0.1, max: 3, step: 0.1 },
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type ExplodeValues = ValuesOf<typeof explodeTable>;

/**
 * The grid: α = 0.05, 0.075, …, 0.5 (19 columns) and a = 0.1, 0.2, …, 3 (30 rows), so that the
 * article's cell (0.05, 2) and the exploding one (0.3, 2) are cell centres.
 */
export const GRID = {
  alpha: [0.0375, 0.5125] as [number, number],
  a: [0.05, 3.05] as [number, number],
  cols: 19,
  rows: 30,
};
