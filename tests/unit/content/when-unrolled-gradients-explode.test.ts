import { describe, expect, it } from 'vitest';
import { facts } from '../../../content/lessons/when-unrolled-gradients-explode.facts.ts';
import { GRID } from '../../../components/widgets/researchExplode/table.ts';
import { explosionMap } from '../../../src/solver/index.ts';

const F = facts();
const at = (N: number) => F.growth.find((r) => r.N === N);

describe('the facts of "When unrolled gradients explode"', () => {
  it('opens on c = −1.4 and a tangent of about 1.7·10⁵ at N = 20, against about −1 at the article’s α', () => {
    expect(F.c).toBeCloseTo(-1.4, 12);
    expect(at(20)?.tangent).toBeCloseTo(172953.2366, 3);
    expect(F.article.c).toBeCloseTo(0.6, 12);
    expect(Math.abs((F.article.t20 as number) + 1)).toBeLessThan(0.01);
    expect(Math.abs((F.article.t40 as number) + 1)).toBeLessThan(1e-6);
    expect(F.article.limit).toBe(-1);
  });

  it('the prediction: the factor from N = 10 to 20 is nearest to N·|c|ᴺ’s 2·1.4¹⁰', () => {
    const candidates = [2, F.cPow10, 2 * F.cPow10, 1];
    const nearest = candidates.reduce((b, v) =>
      Math.abs(Math.log(v / F.ratio20over10)) < Math.abs(Math.log(b / F.ratio20over10)) ? v : b,
    );
    expect(nearest).toBe(2 * F.cPow10);
    expect(F.ratio20over10).toBeGreaterThan(55);
    expect(F.ratio20over10).toBeLessThan(60);
  });

  it('the ratio to N·|c|ᴺ settles near 4αa·|g(0) − y*|/|c|', () => {
    const ratios = F.growth.map((r) => r.ratio);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeLessThan(ratios[i - 1] as number);
    expect(Math.abs((at(40)?.ratio as number) / F.limit - 1)).toBeLessThan(0.005);
  });

  it('the map: settled cells stay put from N = 20 to 40; beyond c = −1 they grow by about 20·log₁₀|c| decades', () => {
    expect(F.map20.diverging).toBeGreaterThan(0);
    expect(F.map20.diverging).toBe(F.cells2040.filter((x) => Math.abs(x.c) > 1 + 1e-12).length);
    for (const cell of F.cells2040) {
      if (Math.abs(cell.c) < 0.6) expect(Math.abs(cell.log40 - cell.log20)).toBeLessThan(0.05);
      if (cell.c < -1.1 && Number.isFinite(cell.log40)) {
        const expected = 20 * Math.log10(Math.abs(cell.c)) + Math.log10(2);
        expect(Math.abs(cell.log40 - cell.log20 - expected)).toBeLessThan(0.1);
      }
    }
  });

  it('the cell on c = −1 (α = 0.25, a = 2) cycles: its tangent is N·4αa·|g(0) − y*| and doubles from N = 20 to 40', () => {
    expect(F.map20.onCurve).toBe(1);
    const cell = F.cells2040.find((x) => Math.abs(x.c + 1) < 1e-12);
    expect(cell?.log20).toBeCloseTo(Math.log10(20 * 4 * 0.25 * 2 * 6), 9);
    expect((cell?.log40 as number) - (cell?.log20 as number)).toBeCloseTo(Math.log10(2), 9);
    expect(F.map20.diverging + F.map20.onCurve).toBe(F.cells2040.filter((x) => Math.abs(x.c) >= 1 - 1e-12).length);
  });

  it('the lesson’s map is the widget’s grid', () => {
    const cells = explosionMap({ N: 20, ...GRID }).cells;
    expect(cells.length).toBe(F.map20.cells);
    cells.forEach((cell, i) => expect(cell.c).toBe(F.cells2040[i]?.c));
  });

  it('the tanh loss turns rough: roughness and extrema grow with N = 5, 20, 100', () => {
    const [r5, r20, r100] = F.rough;
    expect(r5?.roughness).toBeLessThan(2);
    expect(r20?.roughness).toBeGreaterThan(2 * (r5?.roughness as number));
    expect(r100?.roughness).toBeGreaterThan(r20?.roughness as number);
    expect(r20?.extrema).toBeGreaterThan(5 * (r5?.extrema as number));
    expect(r100?.extrema).toBeGreaterThan(r20?.extrema as number);
    // "the wiggles crowd where a is large: … of the … extrema lie above a = 3"
    expect((r100?.above3 as number) / (r100?.extrema as number)).toBeGreaterThan(0.8);
    // "the sign of the slope says whether T is higher or lower 0.0875 further on at … % at N = 100, against … % at N = 5"
    expect(r100?.slopeAgrees).toBeLessThan((r5?.slopeAgrees as number) - 0.05);
    expect(r100?.slopeAgrees).toBeLessThan(0.8);
  });
});
