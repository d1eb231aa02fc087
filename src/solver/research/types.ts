/** Types of the research part's solver (issue 18), in their own module so algorithms import types, not each other. */

/** The setting of the roots search. */
export interface RootsParams {
  /** α > 0, the inner step width (the article: 0.05). */
  alpha: number;
  /** N ≥ 1, inner steps. */
  steps: number;
  /** g(0) (the article: 2); it sets b only. */
  y0?: number;
  /** The data's line [A, B] (the article: [2, −4]). */
  truth?: [A: number, B: number];
  /** The interval of a searched (default [1e-6, 6]). */
  range?: [lo: number, hi: number];
  /** Grid cells the interval is split into (default 60 000). */
  grid?: number;
}
