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

/** The cell at (col, row) of record k. */
export function cellAt(run: ExplodeRun, k: number, col: number, row: number): MapCell | undefined {
  return run.records[k]?.cells[row * run.alphas.length + col];
}
