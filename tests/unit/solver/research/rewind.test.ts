import { describe, expect, it } from 'vitest';
import {
  bitsLostPerStep,
  memoryValues,
  rewind,
  startIsLost,
  startLostAfter,
} from '../../../../src/solver/research/rewind.ts';
import { invert } from '../../../../src/solver/index.ts';

const BASE = { alpha: 0.05, a: 2, b: -4, x: 0, y0: 8, mu: 0 };

describe('rewinding the optimiser (Maclaurin, Duvenaud & Adams 2015)', () => {
  it('the forward path is the course’s inversion, and rewinding starts from g(N) exactly', () => {
    const r = rewind({ ...BASE, steps: 20 });
    const inv = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 8 });
    r.steps.forEach((s, n) => expect(s.y).toBeCloseTo(inv.steps[n]!.y, 13));
    expect(r.steps[20]!.error).toBe(0);
  });

  it('loses about log₂(1/0.6) ≈ 0.737 bits a step without momentum (measured slope)', () => {
    const bits = bitsLostPerStep(rewind({ ...BASE, steps: 100 }));
    expect(Math.log2(1 / 0.6)).toBeCloseTo(0.737, 3);
    expect(bits).toBeGreaterThan(0.737 - 0.05);
    expect(bits).toBeLessThan(0.737 + 0.05);
  });

  it('loses the start after about 70 steps at c = 0.6', () => {
    const lost = startLostAfter(BASE);
    expect(lost).toBeGreaterThanOrEqual(65);
    expect(lost).toBeLessThanOrEqual(80);
    // One step earlier the start is still there, to within the distance travelled.
    const before = rewind({ ...BASE, steps: lost - 1 }).steps[0]!;
    expect(before.error).toBeLessThan(6);
  });

  it('a run that settles on y* to the last bit has lost its start, though it misses by a rounding unit less than the span', () => {
    // c = 0.8: the forward run lands on y* exactly, and rewinding gives y* plus one rounding unit.
    const gentle = { ...BASE, alpha: 0.025 };
    const end = rewind({ ...gentle, steps: 200 }).steps[0]!;
    expect(end.error).toBeLessThan(6);
    expect(end.error).toBeCloseTo(6, 12);
    expect(startIsLost(end.error, 6)).toBe(true);
    expect(startIsLost(0.99 * 6, 6)).toBe(false);
    // Plain python float64, the same step and its inverse: first lost at N = 163 (0.027 at 162).
    expect(startLostAfter(gentle)).toBe(163);
    expect(startLostAfter(BASE)).toBe(74);
  });

  it('with momentum 0.9 the pair (g, v) loses log₂(1/0.9) ≈ 0.152 bits a step, about half of it in g', () => {
    const bits = bitsLostPerStep(rewind({ ...BASE, mu: 0.9, steps: 400 }));
    // The step map of (g, v) has determinant μ; both its eigenvalues have modulus √μ here.
    expect(bits).toBeGreaterThan(Math.log2(1 / 0.9) / 2 - 0.02);
    expect(bits).toBeLessThan(Math.log2(1 / 0.9) / 2 + 0.02);
    expect(startLostAfter({ ...BASE, mu: 0.9 })).toBeGreaterThan(4 * startLostAfter(BASE));
  });

  it('reverse mode stores N + 1 values; forward mode and the implicit formula a constant', () => {
    expect(memoryValues('reverse', 20)).toBe(21);
    expect(memoryValues('forward', 20)).toBe(memoryValues('forward', 2000));
    expect(memoryValues('implicit', 20)).toBe(2);
  });

  it('refuses settings that cannot be rewound', () => {
    expect(() => rewind({ ...BASE, alpha: 0.125, steps: 5 })).toThrow(/c = 1 − 2αa² is 0/);
    expect(() => rewind({ ...BASE, mu: 1, steps: 5 })).toThrow(/mu must be in \[0, 1\)/);
    expect(() => rewind({ ...BASE, steps: 0 })).toThrow(/steps/);
  });
});
