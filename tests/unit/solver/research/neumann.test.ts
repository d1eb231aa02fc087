import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapMultiple, implicitLimit, neumannFactor } from '../../../../src/solver/research/neumann.ts';
import { GRADIENT_METHODS } from '../../../../src/solver/index.ts';

const ARTICLE = { alpha: 0.05, a: 2, b: -4, x: 0, offset: 0, wrt: 'a' as const, maxSteps: 40 };

describe('the implicit limit (Lorraine, Vicol & Duvenaud 2020)', () => {
  it('gives the issue’s factors 1 − cᴺ = 0.400, 0.922, 0.994, 0.99996 at c = 0.6', () => {
    const run = implicitLimit(ARTICLE);
    expect(run.c).toBeCloseTo(0.6, 15);
    const at = (N: number) => run.steps[N]!;
    expect(at(1).factor.toFixed(3)).toBe('0.400');
    expect(at(5).factor.toFixed(3)).toBe('0.922');
    expect(at(10).factor.toFixed(3)).toBe('0.994');
    expect(at(20).factor.toFixed(5)).toBe('0.99996');
  });

  it('started at the solution, forward and reverse are exactly (1 − cᴺ) times the implicit derivative', () => {
    const run = implicitLimit(ARTICLE);
    // y* = 2 for x = 0, so dy*/da = −y*/a = −1.
    expect(run.implicit).toBeCloseTo(-1, 15);
    for (const s of run.steps) {
      expect(s.methods.forward).toBeCloseTo(s.factor * run.implicit, 14);
      expect(s.methods.reverse).toBeCloseTo(s.factor * run.implicit, 14);
      expect(s.methods['finite-difference']).toBeCloseTo(s.factor * run.implicit, 8);
      // The implicit formula evaluated at g(N) = y* is the limit itself.
      expect(s.gaps.implicit).toBeLessThan(1e-15);
    }
  });

  it('the series’ N terms sum to the unrolled derivative, and every method approaches the limit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.24, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.constantFrom<'a' | 'b'>('a', 'b'),
        (alpha, offset, wrt) => {
          const run = implicitLimit({ ...ARTICLE, alpha, offset, wrt, maxSteps: 25 });
          const s = run.steps[25]!;
          const sum = s.terms.reduce((t, v) => t + v, 0);
          expect(sum).toBeCloseTo(s.factor * run.implicit, 10);
          // From any start the gap shrinks like |c|ᴺ (with a factor N for the start's pull on L_yθ).
          for (const m of GRADIENT_METHODS)
            expect(s.gaps[m]).toBeLessThan(1e-4 + 30 * Math.abs(run.c) ** 20 * (1 + Math.abs(offset)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with respect to b the limit is −1/a', () => {
    expect(implicitLimit({ ...ARTICLE, wrt: 'b' }).implicit).toBeCloseTo(-0.5, 15);
  });

  it('refuses a = 0 and steps that do not contract, naming the allowed range', () => {
    expect(() => implicitLimit({ ...ARTICLE, a: 0 })).toThrow(/a must not be 0/);
    expect(() => implicitLimit({ ...ARTICLE, alpha: 0.3 })).toThrow(/\|c\| < 1.*c = −?-?1\.400/);
    expect(() => implicitLimit({ ...ARTICLE, maxSteps: 0 })).toThrow(/maxSteps/);
  });

  it('neumannFactor is 1 − cᴺ', () => {
    expect(neumannFactor(-0.5, 3)).toBe(1.125);
  });
});

describe('the gap as a multiple of |c|ᴺ', () => {
  it('started at the solution it is the limit itself at every N: the gap is exactly |c|ᴺ·|dy*/da|', () => {
    const run = implicitLimit({ ...ARTICLE, maxSteps: 30 });
    for (const s of run.steps.filter((x) => x.N >= 1 && x.N <= 30)) {
      expect(gapMultiple(run.c, s)).toBeCloseTo(Math.abs(run.implicit), 8);
    }
  });
  it('is NaN where |c|ᴺ underflows to 0, not Infinity', () => {
    expect(gapMultiple(0, { N: 3, gaps: { forward: 1e-3 } })).toBeNaN();
  });
});
