import { describe, expect, it } from 'vitest';
import { articleData, makeData, mixSeed } from '../../../../src/solver/index.ts';

describe('data', () => {
  it('articleData is y = −2…2 with x = 2y − 4', () => {
    expect(articleData()).toEqual({ x: [-8, -6, -4, -2, 0], y: [-2, -1, 0, 1, 2] });
  });

  it('makeData without noise reproduces the article data', () => {
    expect(makeData({ count: 5, sigma: 0, seed: 1 })).toEqual(articleData());
  });

  it('consecutive seeds draw unrelated noise (the seed is mixed before the generator)', () => {
    // Unmixed, d3's randomLcg started seeds 1, 2, 3 at first uniforms 0.2365, 0.2368, 0.2372.
    const noiseOf = (seed: number) => {
      const d = makeData({ count: 200, sigma: 1, seed });
      return d.x.map((x, i) => x - (2 * (d.y[i] as number) - 4));
    };
    const corr = (u: number[], v: number[]) => {
      const m = (w: number[]) => w.reduce((s, x) => s + x, 0) / w.length;
      const [mu, mv] = [m(u), m(v)];
      let [suv, suu, svv] = [0, 0, 0];
      u.forEach((x, i) => {
        suv += (x - mu) * ((v[i] as number) - mv);
        suu += (x - mu) ** 2;
        svv += ((v[i] as number) - mv) ** 2;
      });
      return suv / Math.sqrt(suu * svv);
    };
    for (const seed of [1, 2, 3, 10, 41]) {
      expect(Math.abs(corr(noiseOf(seed), noiseOf(seed + 1)))).toBeLessThan(0.25);
    }
    expect(mixSeed(1)).not.toBeCloseTo(mixSeed(2), 1);
  });

  it('makeData with the same seed replays exactly; different seeds differ', () => {
    const a = makeData({ count: 20, sigma: 0.3, seed: 42 });
    expect(makeData({ count: 20, sigma: 0.3, seed: 42 })).toEqual(a);
    expect(makeData({ count: 20, sigma: 0.3, seed: 43 }).x).not.toEqual(a.x);
    expect(a.y).toEqual(makeData({ count: 20, sigma: 0.3, seed: 43 }).y);
  });

  it('makeData spreads y evenly over yRange and uses the given model', () => {
    const d = makeData({ count: 3, sigma: 0, seed: 0, model: 'cubic', theta: [1, -1], yRange: [-1, 1] });
    expect(d.y).toEqual([-1, 0, 1]);
    expect(d.x).toEqual([0, 0, 0]);
    expect(makeData({ count: 1, sigma: 0, seed: 0 }).y).toEqual([0]);
  });

  it('makeData validates count, sigma and seed', () => {
    expect(() => makeData({ count: 0, sigma: 0, seed: 0 })).toThrow('count must be an integer from 1 to 1000 (got 0)');
    expect(() => makeData({ count: 2.5, sigma: 0, seed: 0 })).toThrow(RangeError);
    expect(() => makeData({ count: 1001, sigma: 0, seed: 0 })).toThrow(
      'count must be an integer from 1 to 1000 (got 1001)',
    );
    expect(() => makeData({ count: 5, sigma: -1, seed: 0 })).toThrow('sigma must be a finite number ≥ 0 (got -1)');
    expect(() => makeData({ count: 5, sigma: 0, seed: NaN })).toThrow('seed must be a finite number (got NaN)');
  });
});
