import { beforeAll, describe, expect, it } from 'vitest';
import { linearRecursion } from '../../../src/solver/index.ts';
import { ARTICLE_PRINTED, facts, listings } from '../../../content/lessons/the-articles-code-fixed.facts.ts';
import { facts as lesson3 } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 6 facts', () => {
  it('g(3) from y0 = 0 is 2 − 2·0.6³ = 1.568, the recursion’s g(3)', () => {
    expect(facts.g3FromZero).toBeCloseTo(2 - 2 * 0.6 ** 3, 12);
    expect(linearRecursion({ alpha: 0.05, a: 2, b: -4, x: 0, y0: 0, steps: 3 }).g[3]).toBeCloseTo(facts.g3FromZero, 12);
  });
  it('the lesson quotes the same learned θ as lesson 3', () => {
    expect(facts.learnedA).toBe(lesson3.learnedA);
    expect(facts.learnedB).toBe(lesson3.learnedB);
  });
  it("the article's printed b differs from the course's run by about 1.1e−8 (not 'exactly')", () => {
    expect(facts.printedGap.b).toBeGreaterThan(1e-8);
    expect(facts.printedGap.b).toBeLessThan(1.2e-8);
  });
  it("the article's printout matches the course's run to 9 decimals in a and 7 in b, and to the 5 decimals lesson 3 quotes", () => {
    expect(facts.printedAgree).toEqual({ a: 9, b: 7 });
    expect(ARTICLE_PRINTED.a.toFixed(9)).toBe(facts.learnedA.toFixed(9));
    expect(ARTICLE_PRINTED.a.toFixed(10)).not.toBe(facts.learnedA.toFixed(10));
    expect(ARTICLE_PRINTED.b.toFixed(7)).toBe(facts.learnedB.toFixed(7));
    expect(ARTICLE_PRINTED.b.toFixed(8)).not.toBe(facts.learnedB.toFixed(8));
    expect(ARTICLE_PRINTED.a.toFixed(5)).toBe(lesson3.learnedA.toFixed(5));
    expect(ARTICLE_PRINTED.b.toFixed(5)).toBe(lesson3.learnedB.toFixed(5));
  });
  it('the corrected Python starts g at y0, carries dg/dθ from zero and records what it plots', () => {
    expect(listings.fixedPython).toContain('path = [start]');
    expect(listings.fixedPython).toContain('g, da, db = start, 0.0, 0.0');
    expect(listings.fixedPython).toContain('history.append(total)');
    expect(listings.fixedPython).toContain('max(theta[0], a_min)');
  });
  it('the shown TypeScript listings are the whole files, with the functions the page names', () => {
    expect(listings.linearRecursion).toContain('export function linearRecursion(');
    expect(listings.forward).toContain('export function forward(');
    expect(listings.reverse).toContain('export function reverse(');
    expect(listings.reverse).toContain('lambda');
    for (const text of Object.values(listings)) expect(text.trimEnd().length).toBeGreaterThan(200);
  });
});
