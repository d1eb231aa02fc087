import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale } from '../../../../components/widgets/drawing/scale';

describe('scales', () => {
  it('linear: maps the domain onto the range, and invert undoes it', () => {
    const s = linearScale([-2, 6], [0, 400]);
    expect(s(-2)).toBe(0);
    expect(s(6)).toBe(400);
    expect(s(2)).toBe(200);
    fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (v) => Math.abs(s.invert(s(v)) - v) < 1e-9));
    expect(s.ticks(4)).toEqual([-2, 0, 2, 4, 6]);
    expect(s.copy()(2)).toBe(200);
  });

  it('log: one decade per equal step, values outside the domain on its edges, ticks at the decades', () => {
    const s = logScale([0.001, 10], [0, 400]);
    expect(s(0.01) - s(0.001)).toBeCloseTo(s(10) - s(1), 9);
    expect(s(1e-9)).toBe(0);
    expect(s(1e9)).toBe(400);
    expect(s.invert(s(0.5))).toBeCloseTo(0.5, 12);
    expect(s.ticks()).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });

  it('a zero-width domain or range does not divide by zero', () => {
    expect(Number.isFinite(linearScale([1, 1], [0, 100])(1))).toBe(true);
    expect(Number.isFinite(linearScale([0, 1], [5, 5]).invert(5))).toBe(true);
  });
});
