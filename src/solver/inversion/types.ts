/**
 * The inversion's types: its parameters, records and outcome, and the finding behind a
 * divergence (numbers only; src/words turns findings into sentences).
 */
import type { Model, ModelName, Theta } from '../core/types.ts';

/** Momentum for the inversion; mu = 0 is plain gradient descent. */
export interface Momentum {
  kind: 'heavy-ball' | 'nesterov';
  /** μ in [0, 1): the share of the previous step carried into the next. */
  mu: number;
}

/** Parameters of one inversion. */
export interface InversionParams {
  /** The forward model f_θ, or a built-in model's name. */
  model: Model | ModelName;
  /** θ, e.g. [a, b]. */
  theta: Theta;
  /** The observation x to invert. */
  x: number;
  /** α > 0, the step width. */
  alpha: number;
  /** N, the number of gradient steps (0…MAX_STEPS). */
  steps: number;
  /** g(0), the initial guess. */
  y0: number;
  momentum?: Momentum | null;
  /** Relative convergence tolerance on |Δy| and on the distance |∂L/∂y|/∂²L/∂y² to the minimum (default 1e-12). */
  tol?: number;
  /** Stop at the first converged step instead of recording all N (default false). */
  stopWhenConverged?: boolean;
}

/** Inversion parameters after validation, with defaults filled in. */
export interface ResolvedInversion {
  model: Model;
  theta: Theta;
  x: number;
  alpha: number;
  steps: number;
  y0: number;
  momentum: Momentum | null;
  tol: number;
  stopWhenConverged: boolean;
}

/** One recorded iterate of the inversion. */
export interface InversionStep {
  /** Step index n (0 is the start). */
  n: number;
  /** g(n). */
  y: number;
  /** L_θ(x, g(n)). */
  loss: number;
  /** ∂L/∂y at g(n). */
  grad: number;
  /** g(n+1), when that step was recorded too. */
  next?: number;
  /**
   * With momentum: the gradient the step used, ∂L/∂y at g(n) (heavy ball) or at the
   * look-ahead g(n) + μ·v(n) (Nesterov).
   */
  pull?: number;
}

/** How a run ended. */
export type RunStatus = 'converged' | 'max-steps' | 'diverged';

/** Why an inversion left the bounds at step n, in numbers. */
export type DivergenceFinding =
  | { kind: 'unstable-line'; alpha: number; a: number; n: number }
  | { kind: 'out-of-bounds'; yStar: number; c: number; n: number }
  | { kind: 'curvature'; y: number; curvature: number; s: number; limit: number; momentum: Momentum | null; n: number };

/** The end of a run, without its records. */
export interface InversionOutcome {
  /**
   * 'converged': the last step moved by at most tol·max(1, |y|) and is within that of the
   * minimum by the local curvature (see isConverged);
   * 'max-steps': N steps were taken without that; 'diverged': see divergedAt.
   */
  status: RunStatus;
  /** Why it diverged, in numbers (always set when diverged); src/words says it in a sentence. */
  finding?: DivergenceFinding;
  /** Why it diverged: an unstable step, an answer beyond the bounds, or the local curvature. */
  cause?: DivergenceFinding['kind'];
  /**
   * Index of the first step whose y passed ±DIVERGENCE_BOUND or whose y, loss or
   * gradient was not finite. That step is not recorded, so steps.length === divergedAt.
   */
  divergedAt?: number;
}

/** A whole inversion: every recorded step and how the run ended. */
export interface InversionResult extends InversionOutcome {
  steps: InversionStep[];
}
