import { beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../../../content/lessons/what-is-an-inverse-problem.facts.ts';
import { inversionFrom } from '../../../content/lessons/facts/shared.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 1 facts: the exact inverse and the cubic', () => {
  it('the exact inverses are y* = (x − b)/a: 2 for x = 0 and 5 for x = 6', () => {
    expect(facts.yStar).toBe(2);
    expect(facts.yStarSix).toBe(5);
    expect(facts.g20Six).toBeCloseTo(5 + 3 * 0.6 ** 20, 12);
  });
  it('the cubic y³ − 3y started at 2 finds the cause √3 of x = 0, from −2 the mirror image −√3', () => {
    expect(facts.cubicFromTwo).toBeCloseTo(Math.sqrt(3), 9);
    expect(facts.cubicFromMinusTwo).toBeCloseTo(-Math.sqrt(3), 6);
  });
  it('the prediction: every step from y0 = 8 closes the same share of the gap of 6, so 20 steps leave a little of it', () => {
    expect(facts.firstGap).toBe(6);
    const ys = inversionFrom(8, 20, 0).steps.map((s) => s.y - facts.yStar);
    expect(ys[0]).toBe(facts.firstGap);
    for (let n = 1; n < ys.length; n++) expect((ys[n] ?? NaN) / (ys[n - 1] ?? NaN)).toBeCloseTo(0.6, 9);
    expect(facts.predictEnd - facts.yStar).toBeGreaterThan(1e-4);
    expect(facts.predictEnd - facts.yStar).toBeCloseTo(6 * 0.6 ** 20, 12);
  });
});
