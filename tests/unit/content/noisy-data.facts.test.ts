import { beforeAll, describe, expect, it } from 'vitest';
import { makeData } from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/noisy-data.facts.ts';
import { articleRun, leastSquaresLine } from '../../../content/lessons/facts/shared.ts';
import { facts as lesson8 } from '../../../content/lessons/why-not-exactly-two.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 11 facts: noise', () => {
  it('training reaches the least-squares floor, and h is then the least-squares line', () => {
    for (const r of facts.table) {
      expect(r.T).toBeCloseTo(r.bestT, 6);
      const data = makeData({ count: r.count, sigma: r.sigma, seed: r.seed });
      const [slope] = leastSquaresLine(data);
      const c = 1 - 0.1 * r.a * r.a;
      expect((1 - c ** 20) / r.a).toBeCloseTo(slope, 5);
    }
    expect(facts.first).toBe(facts.table[0]);
    expect(facts.sigma).toBe(0.5);
  });
  it('the floor of T grows with the sample count: every 20-sample floor is above every 5-sample one, and so on', () => {
    const floors = (count: number) => facts.table.filter((r) => r.count === count).map((r) => r.bestT);
    expect(Math.min(...floors(20))).toBeGreaterThan(Math.max(...floors(5)));
    expect(Math.min(...floors(50))).toBeGreaterThan(Math.max(...floors(20)));
  });
  it('each seed gives a different θ', () => {
    const as = facts.table.filter((r) => r.count === 5).map((r) => r.a);
    expect(new Set(as.map((a) => a.toFixed(4))).size).toBe(as.length);
  });
  it('the spread of a over three seeds is larger at 5 samples than at 50 (the trend the lesson quotes)', () => {
    const spread = (count: number) => facts.spreadA.find((r) => r.count === count)?.spread ?? NaN;
    expect(spread(5)).toBeGreaterThan(spread(50));
  });
  it('the best a tends to 2 + 3σ²/8 ≈ 2.09; with 1000 samples it is 2.097, near 2 + σ²/(2 var y), not 2', () => {
    expect(facts.attenuationLimit.toFixed(2)).toBe('2.09');
    const big = facts.attenuation.at(-1);
    expect(big?.count).toBe(1000);
    expect(big?.a).toBeGreaterThan(2.07);
    expect(big?.a).toBeLessThan(2.12);
    expect(Math.abs((big?.a ?? NaN) - (big?.predicted ?? NaN))).toBeLessThan(0.02);
    expect(Math.abs((big?.predicted ?? NaN) - facts.attenuationLimit)).toBeLessThan(1e-3);
    expect(big?.a.toFixed(3)).toBe('2.097');
  });
  it('training on 1000 samples with the article’s β diverges (T is a sum)', () => {
    expect(facts.bigRunStatus).toBe('diverged');
  });
  it('without noise T falls at every one of the 2500 updates, to the T lesson 8 quotes', () => {
    const h = articleRun().history;
    expect(h).toHaveLength(2501);
    for (let k = 1; k < h.length; k++) expect(h[k]?.T).toBeLessThan(h[k - 1]?.T ?? NaN);
    expect(h.at(-1)?.T).toBe(lesson8.article.T);
  });
});
