import type { digits as dg } from '../../../src/solver';

/** One record of the view: the forward pass at inner step n, or the reverse sweep holding ȳ_n. */
export type SweepStep = { phase: 'forward'; n: number } | { phase: 'backward'; n: number };

/** The records of one update: y₀ … y_N forward, then ȳ_N … ȳ₀ backward. */
export function sweepRecords(sweep: dg.DigitsSweep): SweepStep[] {
  const forward = sweep.ys.map((_, n): SweepStep => ({ phase: 'forward', n }));
  const backward = sweep.sweep.map((r): SweepStep => ({ phase: 'backward', n: r.n }));
  return [...forward, ...backward];
}
