/**
 * The TypeScript listings lesson 6 shows (content/lessons/listings/*.ts) are not the solver's
 * code; these tests hold them to the solver's numbers, so the listings cannot drift from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradientAt,
  kernelFor,
  linearRecursion as solverRecursion,
  getModel,
  makeData,
} from '../../../src/solver/index.ts';
import { linearRecursion } from '../../../content/lessons/listings/linearRecursion.ts';
import { forward } from '../../../content/lessons/listings/forward.ts';
import { reverse } from '../../../content/lessons/listings/reverse.ts';

const close = (u: number, v: number) => Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(v));

describe('listings/linearRecursion.ts', () => {
  it('gives the solver’s g(n), dg(n)/da, dg(n)/db for any θ, x, y0 and N', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (a, b, x, y0, steps) => {
          const p = { alpha: 0.05, a, b, x, y0, steps };
          const mine = linearRecursion(p);
          const solver = solverRecursion(p);
          for (const key of ['g', 'dga', 'dgb'] as const) {
            expect(mine[key]).toHaveLength(steps + 1);
            mine[key].forEach((v, n) => expect(close(v, solver[key][n] ?? NaN)).toBe(true));
          }
        },
      ),
    );
  });
});

describe('listings/forward.ts and listings/reverse.ts', () => {
  const cases = [
    { model: 'linear' as const, theta: [2.7, 0], alpha: 0.05 },
    { model: 'cubic' as const, theta: [1, -3], alpha: 0.003 },
    { model: 'tanh' as const, theta: [2, -4], alpha: 0.05 },
  ];
  for (const { model, theta, alpha } of cases) {
    for (const [N, M] of [
      [20, 10],
      [20, 20],
      [5, 12],
    ] as const) {
      it(`give the solver's h and dh/dθ per sample (${model}, N = ${N}, M = ${M})`, () => {
        const data = makeData({ model, theta, count: 5, sigma: 0, seed: 1 });
        const K = kernelFor(getModel(model));
        const u = { alpha, steps: N, gradientSteps: M, y0: 2 };
        for (const method of ['forward', 'reverse'] as const) {
          const listing = method === 'forward' ? forward : reverse;
          const report = gradientAt({
            model,
            data,
            theta,
            inner: { alpha, steps: N, y0: 2 },
            gradient: { method, steps: M },
          });
          for (const s of report.perSample) {
            const mine = listing(K, theta, s.x, u);
            expect(Number.isFinite(s.h)).toBe(true);
            expect(close(mine.h, s.h)).toBe(true);
            mine.dh.forEach((d, j) => expect(close(d, s.dh[j] ?? NaN)).toBe(true));
          }
        }
      });
    }
  }
});
