import { describe, expect, it } from 'vitest';
import { digitsObjective } from '../../../../src/solver/index.ts';
import {
  classMeans,
  digitsSweep,
  DIGITS_PRESET,
  invertDigit,
  largestEntry,
  oneHot,
  type DigitSet,
} from '../../../../src/solver/digits/index.ts';
import { loadDigits } from './fixture.ts';

const { alpha, steps } = DIGITS_PRESET;
const rows = (a: Float64Array, width: number): number[][] =>
  Array.from({ length: a.length / width }, (_, i) => Array.from(a.subarray(i * width, (i + 1) * width)));
const worstRelative = (a: Float64Array, b: number[]): number => {
  const scale = Math.max(...b.map(Math.abs));
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] as number)))) / scale;
};
const head = (set: DigitSet, from: number, count: number): DigitSet => ({
  count,
  x: set.x.slice(from * 64, (from + count) * 64),
  labels: set.labels.slice(from, from + count),
});

describe('the reverse sweep of one update (digitsSweep)', () => {
  const { train } = loadDigits();
  const d = classMeans(train);

  it('accumulates to dT/dD of digitsObjective (1e-9 relative) over the whole training set', () => {
    const s = digitsSweep(d, train, alpha, steps, 5);
    const ref = digitsObjective({
      D: rows(d, 64),
      X: rows(train.x, 64),
      targets: rows(oneHot(train.labels), 10),
      alpha,
      steps,
    });
    expect(s.sweep.map((r) => r.n)).toEqual(Array.from({ length: steps + 1 }, (_, i) => steps - i));
    expect(s.sweep[0]?.grad.every((g) => g === 0)).toBe(true);
    expect(worstRelative(s.sweep.at(-1)?.grad as Float64Array, ref.grad.flat())).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(s.T - ref.T)).toBeLessThanOrEqual(1e-9 * ref.T);
    // Midway the sum is partial: neither zero nor the whole gradient.
    const mid = s.sweep[steps / 2]?.grad as Float64Array;
    expect(worstRelative(mid, ref.grad.flat())).toBeGreaterThan(1e-3);
  }, 30_000);

  it("stores the chosen image's inner steps y₀ … y_N as the one-image inversion computes them", () => {
    const image = 17;
    const s = digitsSweep(d, train, alpha, steps, image);
    const alone = invertDigit(d, train.x.slice(image * 64, (image + 1) * 64), alpha, steps);
    expect(s.label).toBe(train.labels[image]);
    expect(s.ys).toHaveLength(steps + 1);
    s.ys.forEach((y, n) => {
      const want = alone[n]?.y as Float64Array;
      expect(y).toHaveLength(10);
      y.forEach((v, k) => expect(Math.abs(v - (want[k] as number))).toBeLessThanOrEqual(1e-12));
    });
  });

  it("the image's part equals the gradient of a batch of that image alone, and the parts add up to the batch's", () => {
    const set = head(train, 40, 3);
    const parts = [0, 1, 2].map((i) => digitsSweep(d, set, alpha, steps, i));
    const whole = parts[0]?.sweep.at(-1)?.grad as Float64Array;
    const sum = new Float64Array(640);
    parts.forEach((p, i) => {
      const own = digitsSweep(d, head(set, i, 1), alpha, steps, 0).sweep.at(-1)?.grad as Float64Array;
      const part = p.sweep.at(-1)?.imageGrad as Float64Array;
      expect(worstRelative(part, Array.from(own))).toBeLessThanOrEqual(1e-12);
      part.forEach((v, j) => (sum[j] = (sum[j] as number) + v));
    });
    expect(worstRelative(sum, Array.from(whole))).toBeLessThanOrEqual(1e-12);
  });

  it('refuses an image outside the set and names the allowed range', () => {
    expect(() => digitsSweep(d, train, alpha, steps, train.count)).toThrow(/from 1 to 1347 \(got 1348\)/);
  });

  it('largestEntry finds the entry largest in size, negative ones included', () => {
    const g = new Float64Array(640);
    g[70] = 2;
    g[3 * 64 + 5] = -3;
    expect(largestEntry(g)).toEqual({ row: 3, pixel: 5, value: -3 });
  });
});
