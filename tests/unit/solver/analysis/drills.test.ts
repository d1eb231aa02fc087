import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deal, DRILL_KINDS, type Deal } from '../../../../src/solver/analysis/drills.ts';
import { judge } from '../../../../src/chrome/exercise.ts';
import { drillQuestion, drillSteps } from '../../../../src/words/drills.ts';
import { expectClose } from '../helpers.ts';

const seeds = fc.integer({ min: 0, max: 2 ** 31 });

/** The answer by the hand working the steps teach, from the given numbers alone. */
function byHand(d: Deal): number {
  const g = d.given;
  switch (d.kind) {
    case 'inversion-step':
      return g.g! - g.alpha! * -2 * g.a! * (g.x! - (g.a! * g.g! + g.b!));
    case 'tangent-step':
      return g.previous! - 2 * g.alpha! * (g.a! * g.a! * g.previous! + g.a!);
    case 'theta-update': {
      const h = g.y0! - 2 * g.alpha! * g.a! * (g.a! * g.y0! + g.b! - g.x!);
      const dh = -2 * g.alpha! * (-g.x! + 2 * g.a! * g.y0! + g.b!);
      return g.a! - g.beta! * (-2 * (g.y! - h) * dh);
    }
    case 'regime':
      return 1 - 2 * g.alpha! * g.a! * g.a!;
    case 'steps-for-accuracy': {
      const c = Math.abs(1 - 2 * g.alpha! * g.a! * g.a!);
      const e0 = Math.abs(g.y0! - (g.x! - g.b!) / g.a!);
      let N = 0;
      while (c ** N * e0 > g.tol!) N++;
      return N;
    }
  }
}

describe('fresh drills', () => {
  for (const kind of DRILL_KINDS) {
    it(`${kind}: the same seed deals the same numbers, and the solver's answer matches the hand working`, () => {
      fc.assert(
        fc.property(seeds, (seed) => {
          const d = deal(kind, seed);
          expect(deal(kind, seed)).toEqual(d);
          // Rounded givens (the tangent drill) may move the hand answer within the stated slack.
          expectClose(byHand(d), d.answer, d.kind === 'tangent-step' ? 1e-4 : 1e-9);
          expect(Number.isFinite(d.answer)).toBe(true);
          // The hand answer, rounded as asked, is judged right; one unit further off is not.
          const typed = byHand(d).toFixed(d.decimals);
          expect(judge(typed, d.answer, d.decimals, d.tolerance).correct).toBe(true);
          const off = (Number(typed) + 3 * 10 ** -d.decimals + 2 * d.tolerance).toFixed(d.decimals);
          expect(judge(off, d.answer, d.decimals, d.tolerance).correct).toBe(false);
        }),
        { numRuns: 60 },
      );
    });

    it(`${kind}: seeds deal varied numbers, and every step is written out`, () => {
      const answers = new Set(Array.from({ length: 30 }, (_, s) => deal(kind, s).answer));
      expect(answers.size).toBeGreaterThan(5);
      const d = deal(kind, 7);
      expect(drillQuestion(d)).not.toMatch(/undefined|NaN|diverged/);
      const steps = drillSteps(d);
      expect(steps.length).toBeGreaterThanOrEqual(3);
      for (const s of steps) expect(s).not.toMatch(/undefined|NaN/);
    });
  }

  it('regime drills reach every regime the factor c can give, in words', () => {
    const regimes = new Set(Array.from({ length: 200 }, (_, s) => deal('regime', s).regime));
    expect([...regimes].sort()).toEqual(['converging', 'diverging', 'oscillating']);
    const d = Array.from({ length: 50 }, (_, s) => deal('regime', s)).find((x) => x.regime === 'oscillating')!;
    expect(drillSteps(d).at(-1)).toBe('So the inversion zig-zags in (−1 < c < 0).');
  });

  it('refuses a seed that is not a whole number', () => {
    expect(() => deal('regime', 1.5)).toThrow(/whole number/);
  });
});
