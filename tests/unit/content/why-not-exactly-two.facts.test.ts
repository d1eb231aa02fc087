import { beforeAll, describe, expect, it } from 'vitest';
import { articleTraining, train } from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/why-not-exactly-two.facts.ts';
import { facts as lesson3 } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 8 facts: the truncated fixed point', () => {
  it('training ends at a = 2(1 − cᴺ), b = −4 + 2cᴺ·y0 for each N', () => {
    for (const r of facts.table) {
      const c = 1 - 0.1 * r.a * r.a;
      expect(r.a).toBeCloseTo(2 * (1 - c ** r.N), 12);
      expect(r.b).toBeCloseTo(-4 + 4 * c ** r.N, 12);
      expect(r.cN).toBeCloseTo(c ** r.N, 12);
      expect(r.trainedA).toBeCloseTo(r.a, 9);
      expect(r.trainedB).toBeCloseTo(r.b, 9);
    }
    expect(facts.article.trainedA.toFixed(5)).toBe('1.99993');
    expect(facts.n10.N).toBe(10);
  });
  it('the learned a moves towards 2 as N grows', () => {
    const as = facts.table.map((r) => r.trainedA);
    for (let i = 1; i < as.length; i++) {
      expect(Math.abs(2 - (as[i] ?? NaN))).toBeLessThan(Math.abs(2 - (as[i - 1] ?? NaN)));
    }
  });
  it('with N = 5 the steepest slope is below 1/2, with N = 6 above, and T stays positive', () => {
    expect(facts.slope5).toBeLessThan(0.5);
    expect(facts.slope6).toBeGreaterThan(0.5);
    expect(facts.trained5T).toBeGreaterThan(1e-3);
  });
  it('N = 5 has not settled after 2500 updates: a plateau with |∂T/∂θ| ≈ 1.8e−2', () => {
    expect(facts.kind2500).toBe('plateau');
    expect(facts.grad2500).toBeGreaterThan(1e-2);
    expect(facts.T2500).toBe(facts.trained5T);
  });
  it('the N = 5 minimum near the start is (1.6142, −3.0839) with T = 0.01217, reached after about 50,000 updates', () => {
    expect(facts.minStatus).toBe('converged');
    expect(facts.minA).toBeCloseTo(1.6142, 4);
    expect(facts.minB).toBeCloseTo(-3.0839, 4);
    expect(facts.minT).toBeCloseTo(0.01217, 5);
    expect(facts.minUpdates).toBeGreaterThan(40000);
  });
  it('the only exact 5-step fit has c < −1: θ ≈ (4.525, −9.050), T ≈ 0', () => {
    expect(facts.roots).toHaveLength(1);
    expect(facts.exact?.a).toBeCloseTo(4.525, 3);
    expect(facts.exact?.b).toBeCloseTo(-9.05, 3);
    expect(facts.exact?.c).toBeLessThan(-1);
    expect(facts.exactT).toBeLessThan(1e-25);
  });
  it('with N = 5, M = 3 training stops far from the M = 5 minimum, at a larger T', () => {
    expect(facts.m3Status).toBe('converged');
    expect(Math.hypot(facts.m3A - facts.minA, facts.m3B - facts.minB)).toBeGreaterThan(0.1);
    expect(facts.m3T).toBeGreaterThan(facts.minT);
  });
  it('the learned θ predicts slightly off with a different N or y0 (train with the inner loop you predict with)', () => {
    const theta0 = [lesson3.learnedA, lesson3.learnedB];
    const T = (inner: { alpha: number; steps: number; y0: number }) =>
      train({ ...articleTraining(), theta0, epochs: 0, inner }).history[0]?.T ?? NaN;
    for (const inner of [
      { alpha: 0.05, steps: 40, y0: 2 },
      { alpha: 0.05, steps: 20, y0: 0 },
    ]) {
      expect(T(inner)).toBeGreaterThan(1e-12);
      expect(T(inner)).toBeLessThan(1e-4);
    }
    expect(T({ alpha: 0.05, steps: 20, y0: 2 })).toBeLessThan(1e-20);
  });
  it('the c < −1 fit is exact only at N = 5: one fewer or one more inner step leaves T far from 0', () => {
    expect(facts.exactTNeighbours.four).toBeGreaterThan(1);
    expect(facts.exactTNeighbours.six).toBeGreaterThan(1);
  });
  it('at N = 20 training drives T to rounding size and lands on the closed form to within 1e−9', () => {
    expect(facts.article.T).toBeLessThan(1e-20);
    expect(facts.closedFormGap).toBeLessThan(1e-9);
    expect(facts.closedFormGap).toBeGreaterThan(0);
  });
  it('the widget shows M moving the N = 5 end: after 2500 updates M = 3 and M = 5 are far apart, M = 3 on its way to its own end', () => {
    expect(facts.m3At2500A - facts.trained5A).toBeGreaterThan(0.2);
    expect(Math.abs(facts.m3At2500A - facts.m3A)).toBeLessThan(Math.abs(facts.trained5A - facts.m3A));
  });
});
