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
import { numAt } from '../core/nth.ts';
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
  let gPrev = finite('y0', p.y0);
  let daPrev = 0;
  let dbPrev = 0;
  const g = [gPrev];
  const dga = [daPrev];
  const dgb = [dbPrev];
  for (let n = 1; n <= steps; n++) {
    g.push(gPrev - 2 * alpha * a * (a * gPrev + b - x));
    dga.push(daPrev - 2 * alpha * (-x + 2 * a * gPrev + a * a * daPrev + b));
    dgb.push(dbPrev - 2 * alpha * (a * a * dbPrev + a));
    gPrev = numAt(g, n);
    daPrev = numAt(dga, n);
    dbPrev = numAt(dgb, n);
  }
  return { g, dga, dgb };
}
