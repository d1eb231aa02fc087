/**
 * The article's hand-derived forward-mode recursion for the linear model
 * f(y) = a·y + b, kept as its own function so the lessons can show it and the
 * tests can check the generic dual-number forward mode against it:
 *
 *   g(0) = y0,                 g(n)     = g(n−1) − 2α·a·(a·g(n−1) + b − x)
 *   dg/da(0) = 0,              dg/da(n) = dg/da(n−1) − 2α(−x + 2a·g(n−1) + a²·dg/da(n−1) + b)
 *   dg/db(0) = 0,              dg/db(n) = dg/db(n−1) − 2α(a²·dg/db(n−1) + a)
 *
 * Each line differentiates the one above it totally in θ, including the
 * dependence through g(n−1).
 */
import { finite, integer, positive } from '../core/validate.ts';

/** The three sequences for n = 0…N, each of length N + 1. */
export interface LinearRecursion {
  /** g(n), the inversion iterates. */
  g: number[];
  /** dg(n)/da. */
  dga: number[];
  /** dg(n)/db. */
  dgb: number[];
}

/** Runs the article's recursion for N steps at θ = (a, b) and observation x. */
export function linearRecursion(p: {
  alpha: number;
  a: number;
  b: number;
  x: number;
  y0: number;
  steps: number;
}): LinearRecursion {
  const alpha = positive('alpha', p.alpha);
  const a = finite('a', p.a);
  const b = finite('b', p.b);
  const x = finite('x', p.x);
  const steps = integer('steps', p.steps);
  const g = [finite('y0', p.y0)];
  const dga = [0];
  const dgb = [0];
  for (let n = 1; n <= steps; n++) {
    const gPrev = g[n - 1] as number;
    const daPrev = dga[n - 1] as number;
    const dbPrev = dgb[n - 1] as number;
    g.push(gPrev - 2 * alpha * a * (a * gPrev + b - x));
    dga.push(daPrev - 2 * alpha * (-x + 2 * a * gPrev + a * a * daPrev + b));
    dgb.push(dbPrev - 2 * alpha * (a * a * dbPrev + a));
  }
  return { g, dga, dgb };
}
