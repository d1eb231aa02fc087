import { describe, expect, it } from 'vitest';
import { facts, SMALL_A0 } from '../../../content/lessons/short-horizon-bias.facts.ts';
import { landingParams, train } from '../../../src/solver/index.ts';

const F = facts();
const six = (N: number) => F.table.find((r) => r.N === N)?.roots.map((r) => r.a.toFixed(6));

describe('the facts of "Short-horizon bias"', () => {
  it("quotes the issue's roots (recomputed by the solver)", () => {
    expect(six(20)).toEqual(['0.267410', '1.999927']);
    expect(six(15)).toEqual(['0.365649', '1.999051', '4.488514']);
    expect(six(10)).toEqual(['0.580608', '1.986804']);
    expect(six(8)).toEqual(['0.764260', '1.958252']);
    expect(six(5)).toEqual(['4.525195']);
  });

  it('opens on N = 10: the small start lands on the small fit, the article start near 2', () => {
    expect(F.n10.fromSmall.root).toBe(0);
    expect(F.n10.fromSmall.T).toBeLessThan(1e-8);
    expect(F.n10.fromArticle.root).toBe(1);
    expect(F.n10.small.c).toBeGreaterThan(0.95);
    // "each step closes only 3.4 % … against 39.5 %", "about 12 times smaller"
    expect(F.n10.smallStep).toBeCloseTo(0.0337, 4);
    expect(F.n10.bigStep).toBeCloseTo(0.3947, 4);
    expect(Math.round(F.n10.bigStep / F.n10.smallStep)).toBe(12);
  });

  it('the prediction: at N = 20 the same start ends near 2, at N = 15 on no fit', () => {
    expect(F.n20.root).toBe(1);
    expect(Math.abs(F.n20.a - 2)).toBeLessThan(1e-3);
    expect(F.n15.root).toBeNull();
    expect(F.n15.T).toBeGreaterThan(1e-3);
    expect(F.smallLandsN).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
    expect(F.firstNear2).toBe(18);
    // "with one exception: at N = 29 the first update throws a below zero … a minimum that is not a fit"
    expect(F.missesAfter.map((m) => m.N)).toEqual([29]);
    expect(F.missesAfter[0]?.a).toBeLessThan(0);
    expect(F.missesAfter[0]?.T).toBeGreaterThan(1);
  });

  it('the kinds of fit: none at N = 2 and 4, a diverging one exactly at odd N, two converging ones from N = 6', () => {
    expect(F.noFit).toEqual([2, 4]);
    expect(F.divergentFitN).toEqual(Array.from({ length: 15 }, (_, i) => 2 * i + 1));
    expect(F.alwaysTwoFrom).toBe(6);
    expect(F.landsOnDivergent).toBe(false);
    expect(F.count7).toBe(3);
  });

  it('the fit near 2 moves toward 2 as N grows; small fits have c close to 1; diverging fits lie between 4.48 and 5', () => {
    const near2 = F.table.map((t) => t.roots.find((r) => Math.abs(r.a - 2) < 0.1)?.a).filter((a) => a !== undefined);
    near2.slice(1).forEach((a, i) => expect(Math.abs(2 - a)).toBeLessThan(Math.abs(2 - (near2[i] as number))));
    expect(near2.length).toBe(4);
    expect(F.smallC[0]).toBeGreaterThan(0.9);
    expect(F.smallC[1]).toBeLessThan(1);
    expect(F.divergentA.map((a) => a.toFixed(2))).toEqual(['4.48', '5.00']);
    expect(F.roots7.at(-1)?.kind).toBe('divergent');
  });

  it('between the small fit and the fit near 2 (N = 15–17) the small start lands on neither', () => {
    expect(F.neitherBetween).toEqual([15, 16, 17]);
  });

  it('N = 29: the first update throws a below zero, and the run ends where the gradient has all but vanished, T > 1', () => {
    const r = train(landingParams(29, SMALL_A0));
    expect(r.history[1]?.theta[0]).toBeLessThan(0);
    const last = r.history.at(-1);
    expect(Math.hypot(...(last?.grad ?? [NaN]))).toBeLessThan(1e-4);
    expect(last?.T).toBeGreaterThan(1);
  });

  it('the small fit of N = 10 is far off with 20 steps, the fit near 2 is not', () => {
    expect(F.small10At20).toBeGreaterThan(1);
    expect(F.big10At20).toBeLessThan(0.01);
  });
});
