import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatFixed, formatSig, NONE, paren } from '../../../src/words/format';
import { withBase } from '../../../src/lib/paths';

describe('the one number formatter', () => {
  it('prints fixed decimals with a true minus sign', () => {
    expect(formatFixed(1.53921, 4)).toBe('1.5392');
    expect(formatFixed(-0.92, 2)).toBe('−0.92');
  });
  it('never prints −0', () => {
    expect(formatFixed(-0.00004, 4)).toBe('−4e−5');
    expect(formatFixed(-0, 4)).toBe('0.0000');
  });
  it('switches to an exponent for values fixed decimals would hide or blow up', () => {
    expect(formatFixed(3.66e-5, 4)).toBe('3.66e−5');
    expect(formatFixed(2.5e7, 4)).toMatch(/^2\.5e7$/);
  });
  it('says "diverged" for a value that does not exist', () => {
    for (const v of [undefined, null, NaN, Infinity, -Infinity]) expect(formatFixed(v)).toBe(NONE);
    expect(formatSig(NaN)).toBe(NONE);
  });
  it('prints counts with a comma between thousands, as en-GB does', () => {
    expect(formatCount(5001)).toBe('5,001');
    expect(formatCount(1_000_000)).toBe('1,000,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-12345)).toBe('−12,345');
    const gb = new Intl.NumberFormat('en-GB');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatCount(n)).toBe(gb.format(n).replace('-', '−'));
      }),
    );
  });
  it('wraps negative numbers in parentheses after an operator', () => {
    expect(paren('−0.92')).toBe('(−0.92)');
    expect(paren('0.92')).toBe('0.92');
  });
});

describe('withBase', () => {
  it('prefixes site paths with the base, with or without its trailing slash', () => {
    expect(withBase('lessons/x/', '/')).toBe('/lessons/x/');
    expect(withBase('/lessons/x/', '/unrolled/')).toBe('/unrolled/lessons/x/');
    expect(withBase('', '/unrolled')).toBe('/unrolled/');
  });
});
