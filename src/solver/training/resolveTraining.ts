/**
 * Training parameters: defaults and validation, in one place (the types are in types.ts).
 * Symbols follow the article: α and N for the inner inversion, M for the steps
 * dh/dθ is differentiated through, β for the training step.
 */
import type { ResolvedOptimizer } from '../core/types.ts';
import { GRADIENT_METHODS } from './types.ts';
import type { GradientMethod, GradientParams, InnerParams, ResolvedTraining, TrainParams, Unrolling } from './types.ts';
import * as check from '../core/validate.ts';
import { ADAM_DEFAULTS, DEFAULT_FD_STEP, DEFAULT_TRAIN_TOL } from './defaults.ts';

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

/** Validates an optimizer and fills in Adam's defaults ({@link ADAM_DEFAULTS}). */
export function resolveOptimizer(v: unknown): ResolvedOptimizer {
  if (v === undefined || v === null) return { kind: 'gd' };
  const o = v as { kind?: unknown; mu?: unknown; beta1?: unknown; beta2?: unknown; eps?: unknown };
  const kind = check.oneOf('optimizer.kind', o.kind, ['gd', 'momentum', 'adam'] as const);
  if (kind === 'gd') return { kind };
  if (kind === 'momentum') return { kind, mu: check.unitInterval('optimizer.mu', o.mu) };
  return {
    kind,
    beta1: o.beta1 === undefined ? ADAM_DEFAULTS.beta1 : check.unitInterval('optimizer.beta1', o.beta1),
    beta2: o.beta2 === undefined ? ADAM_DEFAULTS.beta2 : check.unitInterval('optimizer.beta2', o.beta2),
    eps: o.eps === undefined ? ADAM_DEFAULTS.eps : check.positive('optimizer.eps', o.eps),
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
