/**
 * Fresh drills (issue 17): the lessons' hand calculations with new numbers
 * dealt from a seed. Each deal holds the numbers the reader is given, the
 * intermediate values of the hand working (by the formula the lesson
 * teaches), and the answer from the solver itself (invert, linearRecursion,
 * train, inversionRegime, stepsForAccuracy); the tests check the two agree.
 * The same seed always deals the same numbers, so a class can share a deal.
 */
import { randomLcg } from 'd3-random';
import { mixSeed } from '../core/data.ts';
import { contraction, linearFixedPoint, stepsForAccuracy } from '../inversion/closedForms.ts';
import { invert } from '../inversion/invert.ts';
import { linearRecursion } from '../inversion/linearRecursion.ts';
import { train } from '../training/train.ts';
import { inversionRegime } from './regime.ts';
import type { Regime } from './types.ts';

export const DRILL_KINDS = ['inversion-step', 'tangent-step', 'theta-update', 'regime', 'steps-for-accuracy'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export interface Deal {
  kind: DrillKind;
  seed: number;
  /** The numbers the question gives, by name (a, b, x, alpha, …). */
  given: Record<string, number>;
  /** The intermediate values of the hand working, in order, by name. */
  working: Record<string, number>;
  /** The answer, from the solver. */
  answer: number;
  /** Decimals the answer is asked for, and the slack for rounded givens. */
  decimals: number;
  tolerance: number;
  /** inversion regime of the dealt setting (the regime drill only). */
  regime?: Regime;
}

type Pick = <T>(options: readonly T[]) => T;

function picker(seed: number): Pick {
  const next = randomLcg(mixSeed(seed));
  return (options) => options[Math.floor(next() * options.length)] as (typeof options)[number];
}

const A = [0.5, 1, 1.5, 2, 2.5, 3] as const;
const B = [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5] as const;
const X = [-4, -3, -2, -1, 0, 1, 2, 3, 4] as const;
const G = [-2.5, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2.5] as const;

/** One gradient step of the inversion, g(n+1) = g(n) − α·∂L/∂y, checked with invert. */
function inversionStep(pick: Pick): Omit<Deal, 'kind' | 'seed'> {
  const [a, b, x, g] = [pick(A), pick(B), pick(X), pick(G)];
  const alpha = pick([0.01, 0.02, 0.05]);
  const f = a * g + b;
  const slope = -2 * a * (x - f);
  const run = invert({ model: 'linear', theta: [a, b], x, alpha, steps: 1, y0: g });
  const answer = run.steps[1]!.y;
  return {
    given: { a, b, x, alpha, g },
    working: { f, mismatch: x - f, slope, step: -alpha * slope },
    answer,
    decimals: 4,
    tolerance: 0,
  };
}

/** One tangent step of the article's recursion, dg/db(n+1) = dg/db(n) − 2α(a²·dg/db(n) + a). */
function tangentStep(pick: Pick): Omit<Deal, 'kind' | 'seed'> {
  const [a, b, x] = [pick([0.5, 1, 1.5, 2]), pick(B), pick(X)];
  const alpha = pick([0.02, 0.05, 0.1]);
  const n = pick([1, 2, 3]);
  const r = linearRecursion({ alpha, a, b, x, y0: 0, steps: n + 1 });
  const previous = Math.round(r.dgb[n]! * 1e4) / 1e4;
  const inner = a * a * previous + a;
  return {
    given: { a, alpha, n, previous },
    working: { inner, step: -2 * alpha * inner },
    answer: r.dgb[n + 1]!,
    decimals: 3,
    // dg/db(n) is given to 4 decimals; its rounding moves the answer by at most |c|·0.00005.
    tolerance: 0.001,
  };
}

/** One θ update with one sample and N = M = 1: a' = a − β·∂T/∂a, checked with train. */
function thetaUpdate(pick: Pick): Omit<Deal, 'kind' | 'seed'> {
  const [a, b, y] = [pick([1, 1.5, 2, 2.5]), pick([-4, -3, -2, -1, 1, 2]), pick([-2, -1, 1, 2])];
  const [alpha, beta, y0] = [pick([0.02, 0.05]), pick([0.01, 0.02, 0.05]), pick([0, 1, 2])];
  // x with dh/da ≠ 0, so that the update moves a.
  const x = pick(X.filter((v) => v !== 2 * a * y0 + b));
  const h = y0 - 2 * alpha * a * (a * y0 + b - x);
  const dh = -2 * alpha * (-x + 2 * a * y0 + b);
  const dT = -2 * (y - h) * dh;
  const run = train({
    model: 'linear',
    data: { x: [x], y: [y] },
    theta0: [a, b],
    beta,
    epochs: 1,
    inner: { alpha, steps: 1, y0 },
    gradient: { method: 'forward', steps: 1 },
  });
  return {
    given: { a, b, x, y, y0, alpha, beta },
    working: { h, dh, dT },
    answer: run.history[1]!.theta[0]!,
    decimals: 4,
    tolerance: 0,
  };
}

/** c = 1 − 2αa² and the regime it gives, checked with inversionRegime. */
function regimeDrill(pick: Pick): Omit<Deal, 'kind' | 'seed'> {
  const [a, b, x] = [pick(A), pick(B), pick(X)];
  const alpha = pick([0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4]);
  const report = inversionRegime({ model: 'linear', theta: [a, b], x, alpha, y0: linearFixedPoint({ a, b, x }) + 1 });
  return {
    given: { a, alpha },
    working: { curvature: 2 * a * a, c: contraction(alpha, a) },
    answer: report.c ?? contraction(alpha, a),
    decimals: 3,
    tolerance: 0,
    regime: report.regime,
  };
}

/** The smallest N with |c|ᴺ·|y0 − y*| ≤ ε, checked with stepsForAccuracy. */
function stepsDrill(pick: Pick): Omit<Deal, 'kind' | 'seed'> {
  const [a, b, x] = [pick([1, 2]), pick(B), pick(X)];
  // α with 0 < |c| < 1 for both a.
  const alpha = pick([0.02, 0.05, 0.1, 0.15, 0.2]);
  const yStar = linearFixedPoint({ a, b, x });
  const y0 = yStar + pick([-6, -4, -2, 2, 4, 6]);
  const tol = pick([1e-3, 1e-4, 1e-6]);
  const c = contraction(alpha, a);
  const error0 = Math.abs(y0 - yStar);
  return {
    given: { a, b, x, y0, alpha, tol },
    working: { c, yStar, error0, bound: Math.log(tol / error0) / Math.log(Math.abs(c)) },
    answer: stepsForAccuracy({ alpha, a, b, x, y0, tol }),
    decimals: 0,
    tolerance: 0,
  };
}

const DEALERS: Record<DrillKind, (pick: Pick) => Omit<Deal, 'kind' | 'seed'>> = {
  'inversion-step': inversionStep,
  'tangent-step': tangentStep,
  'theta-update': thetaUpdate,
  regime: regimeDrill,
  'steps-for-accuracy': stepsDrill,
};

/** The deal of `kind` for `seed` (a whole number); the same seed always gives the same numbers. */
export function deal(kind: DrillKind, seed: number): Deal {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  return { kind, seed, ...DEALERS[kind](picker(seed)) };
}
