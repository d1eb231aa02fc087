import { describe, expect, it } from 'vitest';
import { ARTICLE, implicitFacts, fx } from '../../../content/lessons/the-implicit-limit.facts.ts';
import { implicitLimit } from '../../../src/solver/index.ts';

describe('the numbers “The implicit limit” quotes', () => {
  const F = implicitFacts();

  it('c = 0.6 and the limit dy*/da = −y*/a = −1 on the article’s inversion', () => {
    expect(F.c).toBeCloseTo(0.6, 15);
    expect(F.implicit).toBeCloseTo(-F.yStar / 2, 15);
  });

  it('the shares 1 − cᴺ are the issue’s 0.400, 0.922, 0.994, 0.99996 and forward mode equals them', () => {
    expect(F.table.map((r) => fx(r.factor, 3))).toEqual(['0.400', '0.922', '0.994', '1.000']);
    expect(fx(F.table[3]!.factor, 5)).toBe('0.99996');
    for (const r of F.table) {
      expect(r.factor).toBeCloseTo(1 - 0.6 ** r.N, 14);
      expect(r.forward).toBeCloseTo(r.factor * F.implicit, 14);
      expect(r.reverse).toBeCloseTo(r.forward, 14);
      expect(Math.abs(r.fd - r.forward)).toBeLessThanOrEqual(F.fdWorst);
    }
    expect(F.fdWorst).toBeGreaterThan(0);
    expect(F.fdWorst).toBeLessThan(1e-8);
  });

  it('c = −0.6 overshoots at N = 1 (1.6) and undershoots at N = 2 (0.64)', () => {
    expect(F.oscillating.c).toBeCloseTo(-0.6, 15);
    expect(F.oscillating.first).toBeCloseTo(1.6, 14);
    expect(F.oscillating.second).toBeCloseTo(0.64, 14);
  });

  it('from a start away from y*, the implicit formula at g(N) is closer to the limit than forward mode', () => {
    expect(F.away.implicit20).toBeLessThan(F.away.forward20);
    // One step from y0 = 8: dg(1)/da = −α·L_ya(8) = −0.05·(−2(0 − 2·8 + 4) + 2·2·8) = −2.8.
    expect(F.away.forward1).toBeCloseTo(-2.8, 14);
  });

  it('away from y*, the gap is not |c|ᴺ times a constant: it is (4N − 1)|c|ᴺ (closed form for a = 2, α = 0.05, start 6 away)', () => {
    // δ(n+1) = c·δ(n) − α·(∂L_ya/∂y)·e(n) with ∂L_ya/∂y = 4a and e(n) = 6cⁿ, δ(0) = 1: δ(N) = cᴺ(1 − 4N).
    expect(F.away.ratio20).toBeCloseTo(4 * 20 - 1, 6);
    expect(F.away.ratio40).toBeCloseTo(4 * 40 - 1, 5);
    expect(F.away.forward20).toBeCloseTo(F.away.ratio20 * 0.6 ** 20, 12);
  });

  it('finite differences follow |c|ᴺ until it falls below about 1e-10, then sit on a rounding floor; the implicit formula is on the floor from N = 0', () => {
    const run = implicitLimit({ ...ARTICLE, maxSteps: 60 });
    for (const s of run.steps) {
      const ref = 0.6 ** s.N;
      const fd = s.gaps['finite-difference'];
      if (ref > 1e-8) expect(Math.abs(fd - ref) / ref).toBeLessThan(0.02);
      if (ref < 1e-12) {
        expect(fd).toBeGreaterThan(1e-11);
        expect(fd).toBeLessThan(1e-9);
      }
      expect(s.gaps.implicit).toBeLessThan(1e-15);
    }
    // The exercise: the widget at N = 3 shows forward mode at (1 − c³) times the limit.
    expect(run.steps[3]?.methods.forward).toBeCloseTo((1 - 0.6 ** 3) * F.implicit, 14);
  });

  it('six digits of the limit need N = 28 at c = 0.6 (0.6ᴺ < 10⁻⁶)', () => {
    expect(F.sixDigits).toBe(Math.ceil(6 / Math.log10(1 / 0.6)));
  });
});
