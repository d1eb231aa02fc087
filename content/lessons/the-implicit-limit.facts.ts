/**
 * Every number "The implicit limit" quotes, computed by the solver when the lesson is built (and
 * only then: the first call computes, later calls reuse). tests/unit/content/the-implicit-limit
 * checks them against the closed form 1 − cᴺ and fresh solver runs.
 */
import { gapMultiple, implicitLimit, type ImplicitLimitParams } from '../../src/solver/index.ts';
import { formatFixed, formatSig } from '../../src/words/format.ts';

/** The article's inversion: a = 2, b = −4, x = 0 (y* = 2), α = 0.05, so c = 0.6. */
export const ARTICLE: ImplicitLimitParams = { alpha: 0.05, a: 2, b: -4, x: 0, offset: 0, wrt: 'a', maxSteps: 40 };
/** The N the lesson tabulates. */
export const TABLE_N = [1, 5, 10, 20] as const;

function compute() {
  const atSolution = implicitLimit(ARTICLE);
  const oscillating = implicitLimit({ ...ARTICLE, alpha: 0.2, maxSteps: 10 });
  const away = implicitLimit({ ...ARTICLE, offset: 6, maxSteps: 40 });
  const at = (run: typeof atSolution, N: number) => run.steps[N] as (typeof atSolution.steps)[number];
  const fdGaps = atSolution.steps.slice(1).map((s) => Math.abs(s.methods['finite-difference'] - s.methods.forward));
  return {
    c: atSolution.c,
    yStar: atSolution.yStar,
    implicit: atSolution.implicit,
    table: TABLE_N.map((N) => {
      const s = at(atSolution, N);
      return {
        N,
        factor: s.factor,
        forward: s.methods.forward,
        reverse: s.methods.reverse,
        fd: s.methods['finite-difference'],
      };
    }),
    /** The largest distance between finite differences and forward mode over N = 1 … 40. */
    fdWorst: Math.max(...fdGaps),
    /** α = 0.2: c = −0.6, and the first two unrolled shares. */
    oscillating: { c: oscillating.c, first: at(oscillating, 1).factor, second: at(oscillating, 2).factor },
    /** Started 6 away from y*: the forward and implicit-at-g(N) gaps at N = 20, and the forward gap over |c|ᴺ at 20 and 40. */
    away: {
      forward20: at(away, 20).gaps.forward,
      ratio20: gapMultiple(away.c, at(away, 20)),
      ratio40: gapMultiple(away.c, at(away, 40)),
      implicit20: at(away, 20).gaps.implicit,
      forward1: at(away, 1).methods.forward,
    },
    /** The smallest N at which 1 − cᴺ is within 10⁻⁶ of 1. */
    sixDigits: atSolution.steps.find((s) => Math.abs(1 - s.factor) < 1e-6)?.N ?? Infinity,
  };
}

let cache: ReturnType<typeof compute> | null = null;
/** The lesson's numbers, computed on first use. */
export function implicitFacts(): ReturnType<typeof compute> {
  return (cache ??= compute());
}

export const fx = (v: number, decimals = 3): string => formatFixed(v, decimals);
export const sig = (v: number, digits = 3): string => formatSig(v, digits);
