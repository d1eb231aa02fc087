/**
 * How a training run is going at update k, judged from its records by the one run classifier
 * (classify.ts): the outer-loop counterpart of the inversion's regime. Widgets show it through
 * the words layer (explain.ts); they do not compare numbers themselves.
 */
import { classifyRun, type RunClass } from './classify.ts';
import { contraction } from '../inversion/closedForms.ts';
import type { TrainingResult } from '../training/train.ts';

/**
 * The state of a training run at one update:
 * - 'start' (k = 0), 'converged' (last update of a run that met its tolerance), 'diverged';
 * - 'falling': T falls at a healthy rate; 'rising': T went up at this update (and is not cycling);
 * - 'climbing': T rises update after update while θ moves steadily: the step is not downhill on T
 *   (with M < N the gradient through M steps need not be T's gradient), not an overshoot by β;
 * - 'creeping': θ still moves and T still falls, but by less than 0.1 % per update: not settled;
 * - 'settled': T no longer changes (to SETTLED_SHARE of itself) though θ is not yet at rest;
 * - 'at-rest': θ no longer moves (the classifier's 'converged'), e.g. on a floor of noisy data;
 * - 'oscillating': θ repeats with a period ≥ 2 (classifier), T alternates without settling;
 * - 'held': a component of θ stays put although β·∂T/∂θ would move it (the clamp holds it).
 */
export type TrainingTrend =
  | 'start'
  | 'falling'
  | 'rising'
  | 'climbing'
  | 'creeping'
  | 'settled'
  | 'at-rest'
  | 'oscillating'
  | 'held'
  | 'converged'
  | 'diverged';

/** Updates in a row T must rise, with θ moving steadily, to count as climbing. */
export const CLIMB_UPDATES = 10;

/** T changing by less than this share of itself per update counts as settled. */
export const SETTLED_SHARE = 1e-9;

/** The inner loop a trend is judged with: enough to tell an unstable inner loop from a large β. */
export interface InnerSetting {
  model: string;
  alpha: number;
  steps: number;
  /** M, the inner steps the gradient goes through. */
  gradientSteps?: number;
}

/** The trend at update k with the numbers behind it. */
export interface TrendReport {
  trend: TrainingTrend;
  T: number;
  previousT: number;
  /** The classifier's verdict on updates 0…k. */
  run: RunClass;
  /**
   * For 'rising' with the linear model: the inner factor c = 1 − 2αa² at θ(k−1) when |c| > 1,
   * i.e. the inner inversion, not β, made the predictions blow up.
   */
  innerFactor?: number;
}

/**
 * The trend at update k of `result` (see {@link TrainingTrend}); `beta` is the outer step the
 * classifier uses to tell a held component from a resting one, `inner` lets a rise be blamed on
 * the inner loop when that is where it comes from.
 */
export function trainingTrend(result: TrainingResult, k: number, beta = 0, inner?: InnerSetting): TrendReport {
  const h = result.history;
  const T = h[k]?.T ?? NaN;
  const previousT = h[Math.max(0, k - 1)]?.T ?? T;
  const points = h.slice(Math.max(0, k - 23), k + 1).map((s) => ({ x: s.theta, value: s.T, grad: s.grad }));
  const run = classifyRun(points, { step: beta });
  const report = (trend: TrainingTrend, extra: Partial<TrendReport> = {}): TrendReport => ({
    trend,
    T,
    previousT,
    run,
    ...extra,
  });
  if (result.status === 'diverged') return report('diverged');
  if (result.status === 'converged' && k === h.length - 1) return report('converged');
  if (k === 0) return report('start');
  if (run.kind === 'oscillating') return report('oscillating');
  if (run.kind === 'stuck') return report('held');
  if (run.kind === 'converged') return report('at-rest');
  const steady = run.moveRatio > 0.9 && run.moveRatio < 1.1;
  const risingRun =
    k >= CLIMB_UPDATES &&
    h.slice(k - CLIMB_UPDATES, k + 1).every((s, i, w) => i === 0 || s.T > (w[i - 1]?.T ?? Infinity));
  if (risingRun && steady && (run.kind === 'plateau' || run.kind === 'rising')) {
    return report('climbing');
  }
  if (Math.abs(previousT - T) <= SETTLED_SHARE * Math.max(T, Number.MIN_VALUE)) return report('settled');
  if (T > previousT) {
    const a = h[k - 1]?.theta[0];
    const c = inner?.model === 'linear' && a !== undefined ? contraction(inner.alpha, a) : 0;
    return report('rising', Math.abs(c) > 1 ? { innerFactor: c } : {});
  }
  if (run.kind === 'plateau') return report('creeping');
  return report('falling');
}
