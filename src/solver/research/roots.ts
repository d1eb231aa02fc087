/**
 * Short-horizon bias on the article's toy: the exact fits of training through an N-step
 * inversion. With data x = A·y + B (the article: A = 2, B = −4) the N-step inverse of the
 * linear model fits every sample exactly when
 *
 *   F(a) = a − A·(1 − c(a)ᴺ) = 0,   c(a) = 1 − 2αa²,
 *
 * (closedForms.ts derives it). F can have several roots; they are found by sign changes of F
 * on a fine grid of a, each refined by bisection to the last bit. a = 0 is always a root
 * (a useless model) and is left out: the search runs over a ∈ [aMin, aMax] with aMin > 0 by
 * default. A double root where F touches 0 without changing sign is not a bracket and is
 * missed; the tests check the grid against brute force.
 */
import { contraction } from '../inversion/closedForms.ts';
import { check } from './check.ts';
import type { RootsParams } from './types.ts';

export type { RootsParams } from './types.ts';

/** How the inner loop behaves at a root: the sign and size of its factor c. */
export type FactorClass = 'monotone' | 'oscillating' | 'divergent';

/** c in [0, 1): every step shrinks the error, same sign; (−1, 0): shrinks, alternating; else grows. */
export function factorClass(c: number): FactorClass {
  if (Math.abs(c) >= 1) return 'divergent';
  return c >= 0 ? 'monotone' : 'oscillating';
}

/**
 * |c| = 1 (to rounding): the edge that factorClass counts as divergent, where the error neither
 * shrinks nor grows (c = −1: the iterates jump between two values for ever).
 */
export function onEdge(c: number): boolean {
  return Math.abs(Math.abs(c) - 1) < 1e-12;
}

/** One exact fit of the N-step inverse. */
export interface FitRoot {
  a: number;
  /** c = 1 − 2αa² at that a. */
  c: number;
  /** cᴺ, the share of the start the N-step inverse keeps. */
  cN: number;
  /** b = B + A·cᴺ·y0, the matching intercept. */
  b: number;
  kind: FactorClass;
}

/** F(a) = a − A·(1 − cᴺ): zero exactly where the N-step inverse fits the data. */
export function fitResidual(a: number, alpha: number, steps: number, A = 2): number {
  return a - A * (1 - contraction(alpha, a) ** steps);
}

/** Bisection of a bracket [lo, hi] with F(lo)·F(hi) ≤ 0, until the midpoint no longer moves. */
function bisect(F: (a: number) => number, lo: number, hi: number): number {
  let flo = F(lo);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const fm = F(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid;
      flo = fm;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Every root of {@link fitResidual} in the range, in increasing a. */
export function truncatedFitRoots(p: RootsParams): FitRoot[] {
  const { alpha, steps, y0, A, B, lo, hi, grid } = check(p);
  const F = (a: number) => fitResidual(a, alpha, steps, A);
  const roots: FitRoot[] = [];
  let prev = F(lo);
  for (let i = 1; i <= grid; i++) {
    const left = lo + ((hi - lo) * (i - 1)) / grid;
    const right = lo + ((hi - lo) * i) / grid;
    const next = F(right);
    // A grid point exactly on a root is counted once, by the cell it closes.
    const a = next === 0 ? right : prev !== 0 && Math.sign(prev) !== Math.sign(next) ? bisect(F, left, right) : null;
    if (a !== null) {
      const c = contraction(alpha, a);
      const cN = c ** steps;
      roots.push({ a, c, cN, b: B + A * cN * y0, kind: factorClass(c) });
    }
    prev = next;
  }
  return roots;
}

/** Every root for each N in nValues: the bifurcation-style diagram of roots against N. */
export function rootDiagram(
  p: Omit<RootsParams, 'steps'> & { nValues: readonly number[] },
): { N: number; roots: FitRoot[] }[] {
  return p.nValues.map((N) => ({ N, roots: truncatedFitRoots({ ...p, steps: N }) }));
}
