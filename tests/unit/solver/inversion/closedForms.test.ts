import { describe, expect, it } from 'vitest';
import {
  contraction,
  linearFixedPoint,
  linearIterate,
  stepsForAccuracy,
  truncatedTrainingFixedPoint,
} from '../../../../src/solver/index.ts';

describe('closed forms', () => {
  it('contraction is c = 1 − 2αa² (0.6 for the article)', () => {
    expect(contraction(0.05, 2)).toBeCloseTo(0.6, 15);
  });

  it('linearFixedPoint is the exact inverse (x − b)/a', () => {
    expect(linearFixedPoint({ a: 2, b: -4, x: 0 })).toBe(2);
  });

  it('linearIterate starts at y0 and tends to y*', () => {
    const p = { alpha: 0.05, a: 2, b: -4, x: 0, y0: 7 };
    expect(linearIterate({ ...p, n: 0 })).toBe(7);
    expect(linearIterate({ ...p, n: 1 })).toBeCloseTo(2 + 0.6 * 5, 14);
    expect(linearIterate({ ...p, n: 200 })).toBeCloseTo(2, 12);
  });

  it('truncatedTrainingFixedPoint gives the article printed result to 5 decimals', () => {
    const [a, b] = truncatedTrainingFixedPoint({ alpha: 0.05, steps: 20, y0: 2 });
    expect(a.toFixed(5)).toBe('1.99993');
    expect(b.toFixed(5)).toBe('-3.99985');
    // It is a fixed point: a = 2(1 − cᴺ) at c = 1 − 2αa².
    expect(Math.abs(a - 2 * (1 - contraction(0.05, a) ** 20))).toBeLessThan(1e-15);
  });

  it('truncatedTrainingFixedPoint approaches the true θ as N grows', () => {
    const [a, b] = truncatedTrainingFixedPoint({ alpha: 0.05, steps: 200, y0: 2 });
    expect(a).toBeCloseTo(2, 12);
    expect(b).toBeCloseTo(-4, 12);
  });

  it('stepsForAccuracy is the smallest N within tol', () => {
    const p = { alpha: 0.05, a: 2, b: -4, x: 0, y0: 7, tol: 1e-6 };
    const n = stepsForAccuracy(p);
    const err = (k: number) => Math.abs(linearIterate({ ...p, n: k }) - 2);
    expect(err(n)).toBeLessThanOrEqual(1e-6);
    expect(err(n - 1)).toBeGreaterThan(1e-6);
    expect(stepsForAccuracy({ ...p, y0: 2 })).toBe(0);
    expect(stepsForAccuracy({ ...p, alpha: 0.3 })).toBe(Infinity);
    expect(stepsForAccuracy({ ...p, alpha: 0.125 })).toBe(1);
  });
});

describe('truncatedTrainingFixedPoint without a solution', () => {
  it('throws a RangeError naming the step count when N is too small for any exact fit (N = 5, α = 0.05)', () => {
    expect(() => truncatedTrainingFixedPoint({ alpha: 0.05, steps: 5, y0: 2 })).toThrow(
      /no θ makes the 5-step inverse exact for α = 0.05/,
    );
  });
});
