import { describe, expect, it } from 'vitest';
import { explosionMap, tangent } from '../../../../src/solver/index.ts';
import { cellWords, tangentWords } from '../../../../components/widgets/researchExplode/text.ts';

describe('the explode map writes |dg(N)/da| as the site writes numbers', () => {
  it('gives the value, not a caret exponent', () => {
    // log₁₀ 172953.2, the tangent at N = 20 for α = 0.3, a = 2 (numpy, the recursion by hand).
    expect(tangentWords(5.237928693625313)).toBe('173000');
    expect(tangentWords(12.4)).toBe('2.51e12');
    expect(tangentWords(-1)).toBe('0.1');
    expect(tangentWords(0)).toBe('1');
  });

  it('says 0 at N = 0 and overflow past the largest double', () => {
    expect(tangentWords(-Infinity)).toBe('0');
    expect(tangentWords(Infinity)).toMatch(/overflow/);
    expect(tangentWords(308.26)).toMatch(/overflow/);
    expect(tangentWords(308.2)).toBe('1.58e308');
  });
});

describe('a cell on the curve c = −1 is not called diverging', () => {
  // α = 0.25, a = 2: c = 1 − 2 · 0.25 · 4 = −1 exactly; the map's grid has this cell.
  const map = explosionMap({ N: 20, alpha: [0.0375, 0.5125], a: [0.05, 3.05], cols: 19, rows: 30 });
  const edge = map.cells.find((c) => c.alpha === 0.25 && c.a === 2);

  it('says the iterates cycle, where the solver classes |c| ≥ 1 together', () => {
    expect(edge?.c).toBe(-1);
    expect(edge?.kind).toBe('divergent');
    const words = cellWords(edge!, 20);
    expect(words).toMatch(/on the edge \(c = −1: the iterates jump between two values for ever\)/);
    expect(words).not.toMatch(/diverging/);
    // Its tangent grows like N, not geometrically: 240 at N = 20 (the recursion by hand gives 12·N).
    expect(Math.abs(tangent(0.25, 2, 20).dgda)).toBeCloseTo(240, 6);
  });

  it('calls a cell just past the curve diverging', () => {
    const past = map.cells.find((c) => c.c < -1.01)!;
    expect(cellWords(past, 20)).toMatch(/diverging \(\|c\| ≥ 1\)/);
  });
});
