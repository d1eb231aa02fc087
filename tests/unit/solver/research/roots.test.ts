import { describe, expect, it } from 'vitest';
import { factorClass, fitResidual, landing, rootDiagram, truncatedFitRoots } from '../../../../src/solver/index.ts';

const article = (steps: number) => truncatedFitRoots({ alpha: 0.05, steps });
const rootsOf = (steps: number) => article(steps).map((r) => r.a);

describe('roots of the truncated exact-fit condition a = 2(1 − cᴺ)', () => {
  it("gives the issue's roots to 6 decimals on the article's setup", () => {
    const six = (N: number) => rootsOf(N).map((a) => a.toFixed(6));
    expect(six(20)).toEqual(['0.267410', '1.999927']);
    expect(six(15)).toEqual(['0.365649', '1.999051', '4.488514']);
    expect(six(10)).toEqual(['0.580608', '1.986804']);
    expect(six(8)).toEqual(['0.764260', '1.958252']);
    expect(six(5)).toEqual(['4.525195']);
  });

  it('each root makes the residual vanish to rounding and carries its c, cᴺ and b', () => {
    for (const N of [5, 8, 10, 15, 20]) {
      for (const r of article(N)) {
        expect(Math.abs(fitResidual(r.a, 0.05, N))).toBeLessThan(1e-12);
        expect(r.c).toBeCloseTo(1 - 0.1 * r.a * r.a, 14);
        expect(r.b).toBeCloseTo(-4 + 2 * r.cN * 2, 12);
      }
    }
  });

  it('classes the inner loop at each root by c: the lone N = 5 fit has c < −1 (it grows while it oscillates)', () => {
    const [only] = article(5);
    expect(only?.c).toBeLessThan(-1);
    expect(only?.kind).toBe('divergent');
    expect(article(20).map((r) => r.kind)).toEqual(['monotone', 'monotone']);
    expect([factorClass(0.6), factorClass(-0.5), factorClass(-1.4), factorClass(1)]).toEqual([
      'monotone',
      'oscillating',
      'divergent',
      'divergent',
    ]);
  });

  it('agrees with a brute-force count of sign changes on a coarse grid for N = 1…40', () => {
    const diagram = rootDiagram({ alpha: 0.05, nValues: Array.from({ length: 40 }, (_, i) => i + 1) });
    for (const { N, roots } of diagram) {
      // Brute force: F on 600 cells; each cell with a sign change holds exactly one root found above.
      const F = (a: number) => a - 2 * (1 - (1 - 0.1 * a * a) ** N);
      const edges = Array.from({ length: 601 }, (_, i) => 1e-6 + ((6 - 1e-6) * i) / 600);
      let changes = 0;
      for (let i = 0; i < 600; i++) {
        const [l, r] = [edges[i] as number, edges[i + 1] as number];
        if (Math.sign(F(l)) === Math.sign(F(r))) continue;
        changes++;
        expect(roots.filter((q) => q.a >= l && q.a <= r)).toHaveLength(1);
      }
      expect(roots).toHaveLength(changes);
    }
  });

  it('rejects a bad range or N with a message naming what is allowed', () => {
    expect(() => truncatedFitRoots({ alpha: 0.05, steps: -1 })).toThrow(/steps must be an integer from 0/);
    expect(() => truncatedFitRoots({ alpha: 0.05, steps: 5, range: [3, 1] })).toThrow(/lo < hi/);
    expect(() => truncatedFitRoots({ alpha: -1, steps: 5 })).toThrow(/alpha must be a finite number > 0/);
  });
});

describe('which root a training run lands on', () => {
  it('N = 10: a small start lands on the small root, the article start on the root near 2', () => {
    const roots = article(10);
    const small = landing(10, 0.3, roots);
    const near2 = landing(10, 2.7, roots);
    expect(small.root).toBe(0);
    expect(small.a).toBeCloseTo(0.580608, 3);
    expect(near2.root).toBe(1);
    expect(near2.a).toBeCloseTo(1.986804, 6);
  });

  it('N = 20: the same small start now ends on the root near 2', () => {
    const roots = article(20);
    const run = landing(20, 0.3, roots);
    expect(run.root).toBe(1);
    expect(run.T).toBeLessThan(1e-20);
  });

  it('no start lands on a root whose inner loop diverges (N = 15, a ≈ 4.4885)', () => {
    const roots = article(15);
    for (const a0 of [0.3, 1, 2.7, 4]) expect(landing(15, a0, roots).root).not.toBe(2);
  });
});
