/**
 * How a training run is going at update k, judged from its records: the outer-loop counterpart of
 * the inversion's regime. Widgets show it; they do not compare numbers themselves.
 */
import type { TrainingResult } from './train.ts';

/** The state of a training run at one update. */
export type TrainingTrend = 'start' | 'falling' | 'rising' | 'settled' | 'converged' | 'diverged';

/** T changing by less than this share of itself counts as settled. */
export const SETTLED_SHARE = 1e-9;

/**
 * The trend at update k: 'start' at k = 0; 'converged' at the last update of a converged run;
 * 'settled' when T changed by at most SETTLED_SHARE·T since update k − 1 (a floor, e.g. with
 * noisy data); otherwise 'falling' or 'rising' with T. A diverged run is 'diverged' throughout.
 */
export function trainingTrend(
  result: TrainingResult,
  k: number,
): { trend: TrainingTrend; T: number; previousT: number } {
  const h = result.history;
  const T = h[k]?.T ?? NaN;
  const previousT = h[Math.max(0, k - 1)]?.T ?? T;
  const trend: TrainingTrend =
    result.status === 'diverged'
      ? 'diverged'
      : result.status === 'converged' && k === h.length - 1
        ? 'converged'
        : k === 0
          ? 'start'
          : Math.abs(previousT - T) <= SETTLED_SHARE * Math.max(T, Number.MIN_VALUE)
            ? 'settled'
            : T > previousT
              ? 'rising'
              : 'falling';
  return { trend, T, previousT };
}
