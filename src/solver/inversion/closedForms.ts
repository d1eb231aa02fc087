/**
 * Closed forms for the linear model f(y) = a·y + b. Gradient descent on
 * L = (x − a·y − b)² is an affine map: g(n+1) − y* = c·(g(n) − y*), with
 *
 *   y* = (x − b)/a          (the exact inverse)
 *   c  = 1 − 2αa²           (the contraction factor)
 *
 * so g(n) = y* + cⁿ·(g(0) − y*), which converges iff |c| < 1, i.e. 0 < αa² < 1.
 * The lessons quote these; the tests hold the iterative solver to them.
 */
import { finite, integer, positive } from '../core/validate.ts';

/** [a, b] as a labelled pair. */
export type LinearTheta = [a: number, b: number];

/** c = 1 − 2αa², the factor one gradient step multiplies the error y − y* by. */
export function contraction(alpha: number, a: number): number {
  return 1 - 2 * alpha * a * a;
}

/** y* = (x − b)/a, the exact inverse of the linear model (a ≠ 0). */
export function linearFixedPoint({ a, b, x }: { a: number; b: number; x: number }): number {
  return (x - b) / a;
}

/**
 * g(n) = y* + cⁿ·(y0 − y*) with c = 1 − 2αa²: the n-th gradient-descent
 * iterate for the linear model, without iterating. For a = 0 the loss is flat
 * in y and g(n) = y0.
 */
export function linearIterate(p: { n: number; alpha: number; a: number; b: number; x: number; y0: number }): number {
  if (p.a === 0) return p.y0;
  const yStar = linearFixedPoint(p);
  return yStar + contraction(p.alpha, p.a) ** p.n * (p.y0 - yStar);
}

/**
 * Where training through a truncated N-step inversion ends up when the data
 * come from x = A·y + B with θ_true = [A, B] (the article: [2, −4]).
 *
 * h(x) = (1 − cᴺ)(x − b)/a + cᴺ·y0 is affine in x, so it fits every sample
 * exactly (T = 0) when its slope and intercept match y = (x − B)/A:
 *
 *   a = A·(1 − cᴺ),   b = B + A·cᴺ·y0,   with c = 1 − 2αa² at that same a.
 *
 * The a-equation is a fixed point; the map is a strong contraction near A for
 * the article's numbers, so it is iterated from a = A until it moves by less
 * than 1e-15 (at most 1000 rounds). The article: α = 0.05, N = 20, y0 = 2
 * gives [1.99993, −3.99985].
 */
export function truncatedTrainingFixedPoint(p: {
  alpha: number;
  steps: number;
  y0: number;
  theta?: LinearTheta;
}): LinearTheta {
  const alpha = positive('alpha', p.alpha);
  const steps = integer('steps', p.steps);
  const y0 = finite('y0', p.y0);
  const [A, B] = p.theta ?? [2, -4];
  let a = A;
  let settled = false;
  for (let round = 0; round < 1000 && !settled; round++) {
    const next = A * (1 - contraction(alpha, a) ** steps);
    settled = Math.abs(next - a) <= 1e-15 * Math.max(1, Math.abs(a));
    a = next;
  }
  // With too few steps (e.g. N = 5 at α = 0.05) the only fixed point is the useless a = 0:
  // no θ makes the N-step inverse exact, and saying so beats returning [0, …].
  if (!settled || Math.abs(a) < 1e-9 * Math.max(1, Math.abs(A))) {
    throw new RangeError(
      `no θ makes the ${steps}-step inverse exact for α = ${alpha}: a = A·(1 − cᴺ) has no solution with a ≠ 0 (use more steps N)`,
    );
  }
  const cN = contraction(alpha, a) ** steps;
  return [a, B + A * cN * y0];
}

/**
 * The smallest N with |g(N) − y*| ≤ tol, from |g(N) − y*| = |c|ᴺ·|y0 − y*|.
 * 0 when the start is already within tol; Infinity when |c| ≥ 1 and it is not
 * (the error never shrinks).
 */
export function stepsForAccuracy(p: {
  alpha: number;
  a: number;
  b: number;
  x: number;
  y0: number;
  tol: number;
}): number {
  const tol = positive('tol', p.tol);
  const error0 = Math.abs(p.y0 - linearFixedPoint(p));
  if (error0 <= tol) return 0;
  const c = Math.abs(contraction(p.alpha, p.a));
  if (c === 0) return 1;
  if (c >= 1 || !Number.isFinite(error0)) return Infinity;
  // Start from the logarithm, then settle the rounding at the boundary exactly.
  let n = Math.max(0, Math.ceil(Math.log(tol / error0) / Math.log(c)) - 1);
  while (c ** n * error0 > tol) n++;
  while (n > 0 && c ** (n - 1) * error0 <= tol) n--;
  return n;
}
