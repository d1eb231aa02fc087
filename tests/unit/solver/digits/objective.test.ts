import { describe, expect, it } from 'vitest';
import { digitsObjective } from '../../../../src/solver/index.ts';
import {
  batchOf,
  classMeans,
  directionalLiteral,
  DIGITS_PRESET,
  objectiveFast,
  objectiveLiteral,
  type DigitSet,
} from '../../../../src/solver/digits/index.ts';
import { loadDigits } from './fixture.ts';

const { alpha, steps } = DIGITS_PRESET;
const head = (set: DigitSet, count: number): DigitSet => ({
  count,
  x: set.x.slice(0, count * 64),
  labels: set.labels.slice(0, count),
});
const rows = (a: Float64Array, width: number): number[][] =>
  Array.from({ length: a.length / width }, (_, i) => Array.from(a.subarray(i * width, (i + 1) * width)));
/** A deterministic direction in D's space. */
const direction = (seed: number): Float64Array => new Float64Array(640).map((_, i) => Math.sin(seed * 7.1 + i * 1.3));

describe('T(D) and dT/dD', () => {
  const { train } = loadDigits();
  const d = classMeans(train);

  it('the fast path (10 × 10 polynomial, XᵀX, TᵀX) equals the literal unrolled path on the whole training set', () => {
    const batch = batchOf(train);
    for (const n of [0, 1, steps, 60]) {
      const fast = objectiveFast(d, batch, alpha, n);
      const literal = objectiveLiteral(d, batch, alpha, n);
      expect(Math.abs(fast.T - literal.T)).toBeLessThanOrEqual(1e-10 * literal.T);
      const scale = Math.max(...literal.grad.map(Math.abs));
      const worst = Math.max(...fast.grad.map((g, i) => Math.abs(g - (literal.grad[i] as number))));
      expect(worst).toBeLessThanOrEqual(1e-10 * scale);
    }
  }, 30_000);

  it('reverse mode agrees with forward mode along three directions', () => {
    const batch = batchOf(head(train, 200));
    const { grad } = objectiveLiteral(d, batch, alpha, steps);
    for (const seed of [1, 2, 3]) {
      const dd = direction(seed);
      const reverse = grad.reduce((s, g, i) => s + g * (dd[i] as number), 0);
      const forward = directionalLiteral(d, dd, batch, alpha, steps);
      expect(Math.abs(reverse - forward)).toBeLessThanOrEqual(1e-10 * Math.abs(forward));
    }
  });

  it('digitsObjective matches central finite differences to 1e-6 relative (64 entries, every pixel, every row)', () => {
    const set = head(train, 30);
    const input = { D: rows(d, 64), X: rows(set.x, 64), targets: rows(batchOf(set).targets, 10), alpha, steps };
    const { T, grad } = digitsObjective(input);
    expect(T).toBeCloseTo(objectiveLiteral(d, batchOf(set), alpha, steps).T, 9);
    expect(grad.length).toBe(10);
    const h = 1e-4;
    let worst = 0;
    expect(grad.every((row) => row.length === 64)).toBe(true);
    for (let p = 0; p < 64; p++) {
      const k = (p * 3) % 10;
      {
        const at = (delta: number): number => {
          const D = input.D.map((row, r) => row.map((v, c) => (r === k && c === p ? v + delta : v)));
          return digitsObjective({ ...input, D }).T;
        };
        const fd = (at(h) - at(-h)) / (2 * h);
        const g = grad[k]?.[p] as number;
        worst = Math.max(worst, Math.abs(fd - g) / Math.max(Math.abs(g), 1));
      }
    }
    expect(worst).toBeLessThan(1e-6);
  }, 60_000);

  it('digitsObjective names malformed input and an unstable α', () => {
    const D = rows(d, 64);
    const X = [Array<number>(64).fill(0.5)];
    const targets = [[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]];
    expect(() => digitsObjective({ D: D.slice(1), X, targets, alpha, steps })).toThrow(
      /D must be an array of 10 rows \(got 9\)/,
    );
    expect(() => digitsObjective({ D, X: [[1, 2]], targets, alpha, steps })).toThrow(
      /X\[0\] must hold 64 finite numbers/,
    );
    expect(() => digitsObjective({ D, X, targets: [[1]], alpha, steps })).toThrow(/targets\[0\] must hold 10/);
    expect(() => digitsObjective({ D, X, targets, alpha: 0.02, steps })).toThrow(
      /α = 0.02 is too large for this D: .* < 1\/λ_max\(DDᵀ\) = 0.009667/,
    );
    expect(() => digitsObjective({ D, X, targets, alpha, steps: 2.5 })).toThrow(
      /N \(steps\) must be a whole number from 0 to 500 \(got 2.5\)/,
    );
  });
});
