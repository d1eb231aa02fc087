/**
 * Validation and defaults for the inversion's parameters, in one place, so
 * {@link invertSteps} and {@link inversionRegime} read the same options.
 */
import type { InversionParams, Momentum } from './invert.ts';
import type { Model, Theta } from '../core/models.ts';
import * as check from '../core/validate.ts';

/** Default convergence tolerance on |∂L/∂y| and |Δy|. */
export const DEFAULT_TOL = 1e-12;

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

/** Momentum after validation; null when absent or μ = 0 (plain gradient descent). */
export function resolveMomentum(v: unknown): Momentum | null {
  if (v === undefined || v === null) return null;
  const m = v as Partial<Momentum>;
  const kind = check.oneOf('momentum.kind', m.kind, ['heavy-ball', 'nesterov'] as const);
  const mu = check.unitInterval('momentum.mu', m.mu);
  return mu === 0 ? null : { kind, mu };
}

/** Validates every inversion parameter and fills in the defaults. */
export function resolveInversion(p: InversionParams): ResolvedInversion {
  const model = check.model(p.model);
  return {
    model,
    theta: check.theta('theta', p.theta, model),
    x: check.finite('x', p.x),
    alpha: check.positive('alpha', p.alpha),
    steps: check.integer('steps', p.steps),
    y0: check.finite('y0', p.y0),
    momentum: resolveMomentum(p.momentum),
    tol: p.tol === undefined ? DEFAULT_TOL : check.nonNegative('tol', p.tol),
    stopWhenConverged: p.stopWhenConverged ?? false,
  };
}
