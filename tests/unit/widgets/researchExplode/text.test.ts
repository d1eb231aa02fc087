import { describe, expect, it } from 'vitest';
import { tangentWords } from '../../../../components/widgets/researchExplode/text.ts';

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
