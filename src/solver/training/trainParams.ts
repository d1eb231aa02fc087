/**
 * Training parameters: their types, defaults and validation, in one place.
 * Symbols follow the article: α and N for the inner inversion, M for the steps
 * dh/dθ is differentiated through, β for the training step.
 */
import type { Model, ModelName, Theta } from '../core/models.ts';
import { GRADIENT_METHODS, type GradientMethod, type Unrolling } from './unroll.ts';
import * as check from '../core/validate.ts';

/** Default convergence tolerance on every |∂T/∂θⱼ|. */
export const DEFAULT_TRAIN_TOL = 1e-12;

/** The inner inversion that makes each prediction h_θ(xᵢ) = g(N). */
export interface InnerParams {
  /** α > 0, the inner step width. */
  alpha: number;
  /** N, inner steps per prediction. */
  steps: number;
  /** g(0), the same initial guess for every sample (the article: 2). */
  y0: number;
}

/** How dh/dθ is computed. */
export interface GradientParams {
  method: GradientMethod;
  /** M, the steps differentiated through (default: inner.steps; the article: 10). */
  steps?: number;
  /** Relative finite-difference step ε (default 1e-6). */
  h?: number;
}

/** The update rule for θ, with β as its learning rate. */
export type Optimizer =
  { kind: 'gd' } | { kind: 'momentum'; mu: number } | { kind: 'adam'; beta1?: number; beta2?: number; eps?: number };

/** Training data: observations x and their latent causes y. */
export interface Dataset {
  x: number[];
  y: number[];
}

/** A [min, max] box for one θ component (±Infinity for no bound). */
export type Bounds = [min: number, max: number];

/** Parameters of one training run. */
export interface TrainParams {
  model: Model | ModelName;
  data: Dataset;
  /** θ at k = 0. */
  theta0: Theta;
  /** β > 0, the training step width. */
  beta: number;
  /** Number of updates K (history has K + 1 records). */
  epochs: number;
  inner: InnerParams;
  gradient: GradientParams;
  /** One [min, max] (or null) per θ component, applied after each update. */
  clamp?: (Bounds | null)[] | null;
  /** Default { kind: 'gd' }. */
  optimizer?: Optimizer;
  /**
   * 'simultaneous' (default, the article): every component moves from the same θ.
   * 'sequential': component j moves using the gradient at θ with components < j already updated.
   */
  update?: 'simultaneous' | 'sequential';
  /** Converged when every |∂T/∂θⱼ| ≤ tol (default 1e-12). */
  tol?: number;
  /** Stop at the first converged step (default false). */
  stopWhenConverged?: boolean;
}

/** Default relative finite-difference step. */
export const DEFAULT_FD_STEP = 1e-6;

/** An optimizer with every default filled in. */
export type ResolvedOptimizer =
  { kind: 'gd' } | { kind: 'momentum'; mu: number } | { kind: 'adam'; beta1: number; beta2: number; eps: number };

/** Training parameters after validation. */
export interface ResolvedTraining {
  model: Model;
  data: Dataset;
  theta0: Theta;
  beta: number;
  epochs: number;
  unrolling: Unrolling;
  method: GradientMethod;
  clamp: (Bounds | null)[] | null;
  optimizer: ResolvedOptimizer;
  update: 'simultaneous' | 'sequential';
  tol: number;
  stopWhenConverged: boolean;
}

/** Validates the inner settings and the gradient's step count into an {@link Unrolling}. */
export function resolveUnrolling(inner: unknown, gradientSteps: unknown, fdStep: unknown): Unrolling {
  const i = inner as Partial<InnerParams> | null;
  if (typeof i !== 'object' || i === null)
    throw new TypeError(`inner must be { alpha, steps, y0 } (got ${check.shown(inner)})`);
  const innerSteps = check.integer('inner.steps', i.steps);
  return {
    alpha: check.positive('inner.alpha', i.alpha),
    innerSteps,
    gradientSteps: gradientSteps === undefined ? innerSteps : check.integer('gradient.steps', gradientSteps),
    y0: check.finite('inner.y0', i.y0),
    fdStep: fdStep === undefined ? DEFAULT_FD_STEP : check.positive('gradient.h', fdStep),
  };
}

/** Validates an optimizer and fills in Adam's defaults (0.9, 0.999, 1e-8). */
export function resolveOptimizer(v: unknown): ResolvedOptimizer {
  if (v === undefined || v === null) return { kind: 'gd' };
  const o = v as { kind?: unknown; mu?: unknown; beta1?: unknown; beta2?: unknown; eps?: unknown };
  const kind = check.oneOf('optimizer.kind', o.kind, ['gd', 'momentum', 'adam'] as const);
  if (kind === 'gd') return { kind };
  if (kind === 'momentum') return { kind, mu: check.unitInterval('optimizer.mu', o.mu) };
  return {
    kind,
    beta1: o.beta1 === undefined ? 0.9 : check.unitInterval('optimizer.beta1', o.beta1),
    beta2: o.beta2 === undefined ? 0.999 : check.unitInterval('optimizer.beta2', o.beta2),
    eps: o.eps === undefined ? 1e-8 : check.positive('optimizer.eps', o.eps),
  };
}

/** Validates the gradient settings' method. */
export function resolveMethod(gradient: unknown): GradientMethod {
  const g = gradient as Partial<GradientParams> | null;
  if (typeof g !== 'object' || g === null)
    throw new TypeError(`gradient must be { method, steps?, h? } (got ${check.shown(gradient)})`);
  return check.oneOf('gradient.method', g.method, GRADIENT_METHODS);
}

/** Validates every training parameter and fills in the defaults. */
export function resolveTraining(p: TrainParams): ResolvedTraining {
  const model = check.model(p.model);
  const method = resolveMethod(p.gradient);
  return {
    model,
    data: check.data(p.data),
    theta0: check.theta('theta0', p.theta0, model),
    beta: check.positive('beta', p.beta),
    epochs: check.integer('epochs', p.epochs),
    unrolling: resolveUnrolling(p.inner, p.gradient.steps, p.gradient.h),
    method,
    clamp: check.clamp(p.clamp, model),
    optimizer: resolveOptimizer(p.optimizer),
    update:
      p.update === undefined
        ? 'simultaneous'
        : check.oneOf('update', p.update, ['simultaneous', 'sequential'] as const),
    tol: p.tol === undefined ? DEFAULT_TRAIN_TOL : check.nonNegative('tol', p.tol),
    stopWhenConverged: p.stopWhenConverged ?? false,
  };
}
