/**
 * The implicit limit (Lorraine, Vicol & Duvenaud, AISTATS 2020) on the article's line
 * f(y) = a·y + b. Gradient descent on L = (x − a·y − b)² contracts the error by c = 1 − 2αa²
 * each step, and differentiating the N-step loop gives, from any start,
 *
 *   dg(N)/dθ = −α·L_yθ·(1 + c + c² + … + c^(N−1))      (a truncated Neumann series)
 *
 * while the implicit function theorem at the solution y* gives −L_yθ/L_yy = −α·L_yθ·Σ cⁿ (all n).
 * Started at the solution (L_yθ then the same at every step) the unrolled derivative is exactly
 * (1 − cᴺ) times the implicit one. The four gradient methods are the course's own (unroll.ts),
 * called through gradientAt on one sample.
 */
import { contraction, linearFixedPoint } from '../inversion/closedForms.ts';
import { nth, numAt } from '../core/nth.ts';
import { gradientAt } from '../training/gradientReport.ts';
import { GRADIENT_METHODS, type GradientMethod } from '../training/types.ts';
import * as check from '../core/validate.ts';

/** 1 − cᴺ: the share of the implicit derivative that N unrolled steps recover from the solution. */
export function neumannFactor(c: number, N: number): number {
  return 1 - c ** N;
}

/**
 * Forward mode's distance to the limit at record `step` as a multiple of |c|ᴺ: constant when started
 * at the solution, growing with N when started away from it. NaN where |c|ᴺ underflows to 0.
 */
export function gapMultiple(c: number, step: { N: number; gaps: { forward: number } }): number {
  const rate = Math.abs(c) ** step.N;
  return rate > 0 ? step.gaps.forward / rate : NaN;
}

/** Parameters of {@link implicitLimit}. */
export interface ImplicitLimitParams {
  /** α > 0, the inner step width. */
  alpha: number;
  /** θ = (a, b) of the line; a ≠ 0. */
  a: number;
  b: number;
  /** The observation x inverted (y* = (x − b)/a). */
  x: number;
  /** g(0) − y*: 0 starts the loop at the solution. */
  offset: number;
  /** Which component of θ the derivative is taken with respect to. */
  wrt: 'a' | 'b';
  /** The largest N recorded (records for N = 0 … maxSteps). */
  maxSteps: number;
}

/** dh/dθ for one N by each of the course's four methods. */
export type MethodValues = Record<GradientMethod, number>;

/** One record: the loop unrolled over N steps. */
export interface ImplicitLimitStep {
  /** N, the number of unrolled steps. */
  N: number;
  /** dg(N)/dθ by forward, reverse, finite differences, and the implicit formula evaluated at g(N). */
  methods: MethodValues;
  /** |method − implicit*| for each method (the figure's log axis). */
  gaps: MethodValues;
  /** 1 − cᴺ. */
  factor: number;
  /** The first N terms of the series −α·L_yθ(y*)·cⁿ, n = 0 … N−1 (their sum is factor·implicit*). */
  terms: number[];
}

/** The whole run: the limit and every N’s record (N = 0 … maxSteps). */
export interface ImplicitLimit {
  params: ImplicitLimitParams;
  /** c = 1 − 2αa². */
  c: number;
  /** y* = (x − b)/a. */
  yStar: number;
  /** The implicit derivative at the solution, −L_yθ/L_yy = −y*·(1/a) for a, −1/a for b. */
  implicit: number;
  steps: ImplicitLimitStep[];
}

/** Largest N the widget records: the series is summed to 2⁻⁵³ long before at any |c| ≤ 0.99… */
export const MAX_LIMIT_STEPS = 400;

/** Validates the parameters; the series converges only for |c| < 1. */
export function resolveImplicitLimit(p: ImplicitLimitParams): ImplicitLimitParams {
  const alpha = check.positive('alpha', p.alpha);
  const a = check.finite('a', p.a);
  if (a === 0) throw new RangeError('a must not be 0: the line is flat and y* = (x − b)/a does not exist');
  const c = contraction(alpha, a);
  if (!(Math.abs(c) < 1))
    throw new RangeError(
      `the series Σ cⁿ converges only for |c| < 1, i.e. 0 < αa² < 1; α = ${alpha}, a = ${a} give c = ${c.toPrecision(4)}`,
    );
  return {
    alpha,
    a,
    b: check.finite('b', p.b),
    x: check.finite('x', p.x),
    offset: check.finite('offset', p.offset),
    wrt: check.oneOf('wrt', p.wrt, ['a', 'b'] as const),
    maxSteps: check.integer('maxSteps', p.maxSteps, 1, MAX_LIMIT_STEPS),
  };
}

/**
 * dh/dθ through N = 0 … maxSteps steps by the four methods, their distance to the implicit
 * derivative at the solution, and the Neumann series' terms.
 */
export function implicitLimit(params: ImplicitLimitParams): ImplicitLimit {
  const p = resolveImplicitLimit(params);
  const c = contraction(p.alpha, p.a);
  const yStar = linearFixedPoint(p);
  const j = p.wrt === 'a' ? 0 : 1;
  const one = (method: GradientMethod, N: number, y0: number) => {
    const report = gradientAt({
      model: 'linear',
      data: { x: [p.x], y: [yStar] },
      theta: [p.a, p.b],
      inner: { alpha: p.alpha, steps: N, y0 },
      gradient: { method, steps: N },
    });
    return numAt(nth(report.perSample, 0).dh, j);
  };
  // The implicit formula at the solution itself (N = 0 steps from y*): the limit every method approaches.
  const implicit = one('implicit', 0, yStar);
  // −α·L_yθ at y*: L_ya = 2a·y*, L_yb = 2a (the residual vanishes there).
  const first = -p.alpha * (p.wrt === 'a' ? 2 * p.a * yStar : 2 * p.a);
  const y0 = yStar + p.offset;
  const steps: ImplicitLimitStep[] = [];
  for (let N = 0; N <= p.maxSteps; N++) {
    const methods = Object.fromEntries(GRADIENT_METHODS.map((m) => [m, one(m, N, y0)])) as MethodValues;
    const gaps = Object.fromEntries(GRADIENT_METHODS.map((m) => [m, Math.abs(methods[m] - implicit)])) as MethodValues;
    const terms = Array.from({ length: N }, (_, n) => first * c ** n);
    steps.push({ N, methods, gaps, factor: neumannFactor(c, N), terms });
  }
  return { params: p, c, yStar, implicit, steps };
}
