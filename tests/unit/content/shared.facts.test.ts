import { describe, expect, it } from 'vitest';
import { makeData } from '../../../src/solver/index.ts';
import {
  formatFixed,
  formatSci,
  formatSteps,
  lazyFacts,
  leastSquaresLine,
  truncatedRoots,
} from '../../../content/lessons/facts/shared.ts';

describe('the facts’ shared helpers', () => {
  it('lazyFacts computes a field on its first read only, and never a field nobody reads', () => {
    const calls = { read: 0, unread: 0 };
    const facts = lazyFacts({
      read: () => ++calls.read,
      unread: () => ++calls.unread,
    });
    expect(calls).toEqual({ read: 0, unread: 0 });
    expect(facts.read).toBe(1);
    expect(facts.read).toBe(1);
    expect(calls).toEqual({ read: 1, unread: 0 });
  });
  it('formats facts with a true minus sign and small numbers in powers of ten', () => {
    expect(formatFixed(-0.27, 2)).toBe('−0.27');
    expect(formatSci(0.000219, 2)).toBe('2.2 × 10⁻⁴');
    expect(formatSci(12345, 3)).toBe('1.23 × 10⁴');
    expect(formatSteps(31)).toBe('31');
    expect(formatSteps(Infinity)).toBe('never');
  });
  it('every root truncatedRoots returns satisfies a = 2(1 − cᴺ)', () => {
    for (const N of [5, 10, 20, 40]) {
      for (const r of truncatedRoots(N)) expect(r.a).toBeCloseTo(2 * (1 - r.c ** N), 10);
    }
  });
  it('the least-squares line of points on a line is that line', () => {
    const data = makeData({ count: 5, sigma: 0, seed: 1 });
    const [slope, intercept] = leastSquaresLine(data);
    data.x.forEach((x, i) => expect(slope * x + intercept).toBeCloseTo(data.y[i] ?? NaN, 10));
  });
});
