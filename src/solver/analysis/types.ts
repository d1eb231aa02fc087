/**
 * The analysis's types: regimes, findings, trends and run classes. Numbers and codes only;
 * src/words turns each of them into a sentence.
 */
import type { DivergenceFinding, InversionParams, Momentum } from '../inversion/types.ts';
import type { TrainingFailure } from '../training/types.ts';

/** The ways plain gradient descent on the linear model can go, from c = 1 − 2αa² alone. */
export type LinearBehaviour = 'one-step' | 'monotone' | 'oscillating' | 'cycling' | 'diverging' | 'frozen';

/**
 * The regimes an inversion can be in: 'oscillating' zig-zags in (it converges), 'cycling' jumps
 * between two points for ever (c = −1, bounded), 'stuck' never moves although no y reproduces x.
 */
export type Regime = 'converging' | 'oscillating' | 'cycling' | 'diverging' | 'converged' | 'stuck';

/** Where the error is measured from: the exact inverse y* of the line, or a minimiser found numerically. */
export type Where = { yStar: number } | { yMin: number };

/** What the regime analysis found, in numbers: one variant per sentence. */
export type InversionFinding =
  | { kind: 'flat-model'; xIsB: boolean }
  | { kind: 'start-is-inverse'; y0: number; yStar: number }
  | { kind: 'linear'; behaviour: LinearBehaviour; alpha: number; a: number; yStar: number }
  | { kind: 'out-of-bounds'; yStar: number; c: number }
  | {
      kind: 'momentum';
      momentum: Momentum;
      s: number;
      limit: number;
      c: number;
      swing: 'diverging' | 'oscillating' | 'converging';
      at: Where;
    }
  | { kind: 'tanh-no-inverse'; gap: number; a: number }
  | { kind: 'hump'; y: number; curvature: number }
  | { kind: 'start-minimises'; y0: number; grad: number }
  | { kind: 'flat-minimum'; yMin: number }
  | { kind: 'slow-minimum'; yMin: number; curvature: number; c: number }
  | { kind: 'minimum'; yMin: number; curvature: number; c: number; swing: 'diverging' | 'oscillating' | 'converging' }
  /** The probe run diverged; `divergence` is why (absent only if the run gave no finding). */
  | { kind: 'diverged-run'; divergence?: DivergenceFinding }
  /** The probe run diverged although the step would be stable at the minimiser yMin. */
  | { kind: 'steep-way'; divergence?: DivergenceFinding; yMin: number; c: number };

/** A regime, the per-step factor c behind it, and the finding that explains both. */
export interface RegimeReport {
  regime: Regime;
  /** The factor one step multiplies the error by near the minimiser (see stepFactor). */
  c?: number;
  /** The numbers the explanation is written from (src/words/explainInversion.ts). */
  finding: InversionFinding;
  /** True when the iterate rests where ∂L/∂y = 0 on a maximum of L: stationary, but no inverse. */
  stuck?: boolean;
}

/** Parameters of `inversionRegime`: an inversion without its step count. */
export type RegimeParams = Omit<InversionParams, 'steps' | 'y0' | 'tol' | 'stopWhenConverged'> & { y0?: number };

/** The error's growth factor per step and whether it rotates (complex eigenvalues). */
export interface StepFactor {
  /**
   * The dominant eigenvalue when it is real (its sign says whether the error
   * flips every step), otherwise its modulus: |c| < 1 converges.
   */
  c: number;
  /** True when the eigenvalues are complex: the error spirals, changing sign. */
  complex: boolean;
}

/** One record of a run: the iterate, the value being minimised there and its gradient. */
export interface RunPoint {
  x: readonly number[];
  value: number;
  grad: readonly number[];
}

/**
 * - 'start': fewer than two records;
 * - 'converged': the iterate no longer moves, the gradient would not move it either, and the
 *   shrinking moves leave less than the rest tolerance to go;
 * - 'stuck': the iterate no longer moves although step·gradient says it should (a clamp, a bound);
 * - 'oscillating': the last records repeat with a period ≥ 2 (a bounded cycle that does not shrink);
 * - 'diverging': the moves grow geometrically (or values stop being finite);
 * - 'rising': not a cycle, but the value rose over the window by more than PLATEAU_SHARE per record;
 * - 'plateau': settled but not converged: the value falls by less than PLATEAU_SHARE of itself per
 *   record while the moves do not shrink (or shrink too slowly to ever arrive);
 * - 'converging': moving, and the value falls (or the moves shrink) faster than that.
 */
export type RunKind =
  'start' | 'converged' | 'stuck' | 'oscillating' | 'diverging' | 'rising' | 'plateau' | 'converging';

/** The verdict on a run with the numbers it rests on. */
export interface RunClass {
  kind: RunKind;
  /** For 'oscillating': the period p (records repeat every p). */
  period?: number;
  /** The last move ‖x(k) − x(k−1)‖∞. */
  move: number;
  /** The iterate's size max(1, ‖x‖∞) over the window: moves are judged against it. */
  scale: number;
  /** Relative change of the value per record over the window (negative when it falls). */
  valueRate: number;
  /** Ratio of the last move to the first move of the window: < 1 shrinking, > 1 growing. */
  moveRatio: number;
  /** For 'stuck': the components that stayed put over the window although step·gradient would move them. */
  held?: number[];
  /** For 'converging': consecutive moves point in opposite directions (a zig-zag in). */
  alternating?: boolean;
}

/** Options of {@link classifyRun}. */
export interface ClassifyOptions {
  /** The step size that turns a gradient into a move (α or β); used to tell 'stuck' from 'converged'. */
  step?: number;
  /** Records looked at, the last ones (default 24). */
  window?: number;
  /** Longest period searched for (default 8). */
  maxPeriod?: number;
  /** A move (and the distance still to go) below this share of the scale counts as at rest (default 1e-12). */
  still?: number;
}

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
  /** For 'diverged': why the run diverged, in numbers (the run's failure finding). */
  failure?: TrainingFailure;
}
