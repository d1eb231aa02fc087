import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGradients, gradientAt, type ModelName } from '../../../../src/solver/index.ts';
import { expectAllClose } from '../helpers.ts';

/** Random, well-posed settings per model: the inner inversion is stable and L is curved at its minimum. */
function setting(model: ModelName) {
  const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
  const samples = (lo: number, hi: number) =>
    fc.array(fc.tuple(num(lo, hi), num(-2, 2)), { minLength: 1, maxLength: 5 });
  switch (model) {
    case 'linear':
      return fc
        .record({ a: num(0.5, 3), b: num(-5, 5), share: num(0.05, 0.45), y0: num(-3, 3), data: samples(-10, 10) })
        .map((s) => ({
          theta: [s.a, s.b],
          alpha: s.share / (s.a * s.a),
          y0: s.y0,
          data: s.data,
        }));
    case 'tanh':
      return fc
        .record({
          a: num(1, 3),
          b: num(-1, 1),
          share: num(0.05, 0.3),
          y0: num(-1, 1),
          u: fc.array(num(-0.8, 0.8), { minLength: 1, maxLength: 5 }),
        })
        .map((s) => ({
          theta: [s.a, s.b],
          alpha: s.share / (s.a * s.a),
          y0: s.y0,
          data: s.u.map((u, i): [number, number] => [s.b + s.a * u, i - 2]),
        }));
    case 'cubic':
      return fc
        .record({ a: num(0.5, 1.5), b: num(0.5, 2), share: num(0.05, 0.3), y0: num(-1, 1), data: samples(-2, 2) })
        .map((s) => ({
          theta: [s.a, s.b],
          alpha: s.share / (s.b + 3 * s.a) ** 2 / 4,
          y0: s.y0,
          data: s.data,
        }));
  }
}

/**
 * Settings whose every inner inversion contracts quickly near its minimiser
 * (|c| = |1 − α·∂²L/∂y²| ≤ 0.93), so g(N) — and with it the implicit
 * gradient — settles between N = 10 and N = 40.
 */
function converging(model: ModelName) {
  const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
  const us = fc.array(num(-0.5, 0.5), { minLength: 1, maxLength: 5 });
  switch (model) {
    case 'linear':
      // c = 1 − 2αa² in [0.1, 0.6].
      return fc
        .record({
          a: num(0.5, 3),
          b: num(-5, 5),
          share: num(0.2, 0.45),
          y0: num(-3, 3),
          data: fc.array(fc.tuple(num(-10, 10), num(-2, 2)), { minLength: 1, maxLength: 5 }),
        })
        .map((s) => ({
          theta: [s.a, s.b],
          alpha: s.share / (s.a * s.a),
          y0: s.y0,
          data: s.data,
        }));
    case 'tanh':
      // At the minimiser ∂²L/∂y² = 2a²(1 − u²)² with u = tanh(y*) in [−0.5, 0.5].
      return fc.record({ a: num(1, 3), b: num(-1, 1), share: num(0.4, 0.9), y0: num(-0.5, 0.5), u: us }).map((s) => ({
        theta: [s.a, s.b],
        alpha: s.share / (2 * s.a * s.a),
        y0: s.y0,
        data: s.u.map((u, i): [number, number] => [s.b + s.a * u, i - 2]),
      }));
    case 'cubic':
      // |x| ≤ 1 keeps |y*| ≤ 1, where ∂f/∂y = 3a·y² + b lies in [b, 3a + b].
      return fc
        .record({ a: num(0.2, 0.5), b: num(1.5, 2), share: num(0.4, 0.9), y0: num(-0.5, 0.5), u: us })
        .map((s) => ({
          theta: [s.a, s.b],
          alpha: s.share / (2 * (3 * s.a + s.b) ** 2),
          y0: s.y0,
          data: s.u.map((u, i): [number, number] => [2 * u, i - 2]),
        }));
  }
}

describe('gradient methods', () => {
  for (const model of ['linear', 'tanh', 'cubic'] as const) {
    it(`agree for the ${model} model: forward = reverse to 1e-12, finite differences to 1e-6`, () => {
      fc.assert(
        fc.property(setting(model), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (s, N, M) => {
          const data = { x: s.data.map((d) => d[0]), y: s.data.map((d) => d[1]) };
          const c = compareGradients({
            model,
            data,
            theta: s.theta,
            inner: { alpha: s.alpha, steps: N, y0: s.y0 },
            gradientSteps: M,
          });
          const scale = Math.max(1, ...c.forward.map(Math.abs));
          expectAllClose(
            c.reverse.map((g) => g / scale),
            c.forward.map((g) => g / scale),
            1e-12,
          );
          expectAllClose(
            c.finiteDifference.map((g) => g / scale),
            c.forward.map((g) => g / scale),
            1e-6,
          );
        }),
      );
    });

    it(`implicit approaches forward as the ${model} inversion converges (N = 10 → 40)`, () => {
      fc.assert(
        fc.property(converging(model), (s) => {
          const data = { x: s.data.map((d) => d[0]), y: s.data.map((d) => d[1]) };
          const gap = (N: number) => {
            const c = compareGradients({ model, data, theta: s.theta, inner: { alpha: s.alpha, steps: N, y0: s.y0 } });
            return Math.hypot(...c.implicit.map((g, j) => g - c.forward[j]!));
          };
          const at10 = gap(10);
          expect(gap(40)).toBeLessThanOrEqual(at10 + 1e-12);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('implicit equals forward at N = 200 for the linear model', () => {
    const c = compareGradients({
      model: 'linear',
      data: { x: [-8, -6, 1], y: [-2, -1, 3] },
      theta: [1.5, -3],
      inner: { alpha: 0.05, steps: 200, y0: 2 },
    });
    expectAllClose(c.implicit, c.forward, 1e-9);
  });

  it('gradientAt sums the per-sample contributions −2·(y − h)·dh into ∂T/∂θ', () => {
    const r = gradientAt({
      model: 'tanh',
      data: { x: [0.5, -0.3, 1.2], y: [0.4, -0.2, 1] },
      theta: [2, 0.1],
      inner: { alpha: 0.05, steps: 20, y0: 0 },
      gradient: { method: 'reverse', steps: 10 },
    });
    const sum = [0, 0];
    let T = 0;
    for (const s of r.perSample) {
      expect(s.residual).toBe(s.y - s.h);
      s.contribution.forEach((c, j) => {
        expect(c).toBe(-2 * s.residual * s.dh[j]!);
        sum[j]! += c;
      });
      T += s.residual ** 2;
    }
    expect(r.grad).toEqual(sum);
    expect(r.T).toBe(T);
  });
});
