/** The explosion run's shape and the cell lookup: no solver code, so the main thread stays light. */
import type { MapCell, Observation } from '../../../src/solver';

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
  observation: Observation;
}

/** The grid's value at index i (α of a column, a of a row); a wrong index is a RangeError naming it. */
export function gridAt(xs: readonly number[], i: number): number {
  const v = xs[i];
  if (v === undefined) throw new RangeError(`grid index ${i} is out of range for a grid of ${xs.length} values`);
  return v;
}

/** The cell at (col, row) of record k. */
export function cellAt(run: ExplodeRun, k: number, col: number, row: number): MapCell | undefined {
  return run.records[k]?.cells[row * run.alphas.length + col];
}
