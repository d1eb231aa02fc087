import { beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../../../content/lessons/what-is-an-inverse-problem.facts.ts';

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
});
