import { describe, expect, it } from 'vitest';
import { facts } from '../../../src/lib/facts';

describe('facts quoted by the lessons', () => {
  it('the article run learns the truncated fixed point, printed as 1.99993 and −3.99985', () => {
    expect(facts.learnedA).toBeCloseTo(facts.fixedPointA, 9);
    expect(facts.learnedB).toBeCloseTo(facts.fixedPointB, 9);
    expect(facts.learnedA.toFixed(5)).toBe('1.99993');
    expect(facts.learnedB.toFixed(5)).toBe('-3.99985');
  });
  it('the contraction is 0.6 at α = 0.05 and −1.4 at α = 0.3 (a = 2)', () => {
    expect(facts.cArticle).toBeCloseTo(0.6, 12);
    expect(facts.cTooLarge).toBeCloseTo(-1.4, 12);
  });
  it('the article inversion from y0 = 8 ends within 0.6^20·6 of y* = 2', () => {
    expect(Math.abs(facts.inversionEnd - 2)).toBeCloseTo(6 * 0.6 ** 20, 12);
  });
});
