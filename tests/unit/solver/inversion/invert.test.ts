import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contraction,
  DIVERGENCE_BOUND,
  invert,
  inversionRegime,
  invertSteps,
  linearIterate,
  models,
  type ModelName,
} from '../../../../src/solver/index.ts';
import { expectAllFinite, expectClose } from '../helpers.ts';

describe('invert', () => {
  it("records the article's inversion: y0 → y* = 2 with α = 0.05, N = 20, x = 0", () => {
    const r = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 7 });
    expect(r.steps).toHaveLength(21);
    expect(r.steps[0]).toEqual({ n: 0, y: 7, loss: 100, grad: 40, next: 5 });
    expect(r.steps[20]!.next).toBeUndefined();
    expect(r.steps[20]!.y).toBeCloseTo(2 + 5 * 0.6 ** 20, 12);
    expect(r.status).toBe('max-steps');
    r.steps.slice(0, -1).forEach((s, n) => expect(s.next).toBe(r.steps[n + 1]!.y));
  });

  it('iterates equal the closed form y* + cⁿ(y0 − y*) for random α, a, b, x, y0 with αa² < 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }).chain((a) => fc.constant(a)),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, b, x, y0, share) => {
          const alpha = share / (a * a);
          const r = invert({ model: 'linear', theta: [a, b], x, alpha, steps: 60, y0 });
          const scale = Math.abs(y0) + Math.abs((x - b) / a);
          for (const s of r.steps) {
            const exact = linearIterate({ n: s.n, alpha, a, b, x, y0 });
            expect(Math.abs(s.y - exact)).toBeLessThanOrEqual(1e-12 * Math.max(1, scale));
          }
        },
      ),
    );
  });

  it("α·a² > 1 gives 'diverged' at the first step past the bound, with no NaN anywhere", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1.1, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (a, b, x, share, offset) => {
          const alpha = share / (a * a);
          const y0 = (x - b) / a + offset;
          const r = invert({ model: 'linear', theta: [a, b], x, alpha, steps: 5000, y0 });
          expect(r.status).toBe('diverged');
          expect(r.divergedAt).toBe(r.steps.length);
          expectAllFinite(r);
          for (const s of r.steps) expect(Math.abs(s.y)).toBeLessThanOrEqual(DIVERGENCE_BOUND);
          // The first passage predicted by the closed form, up to rounding at the boundary.
          let first = 0;
          while (Math.abs(linearIterate({ n: first, alpha, a, b, x, y0 })) <= DIVERGENCE_BOUND) first++;
          expect(Math.abs(r.divergedAt! - first)).toBeLessThanOrEqual(Math.abs(contraction(alpha, a)) > 1.01 ? 0 : 1);
          expect(r.reason).toContain('> 1');
          expect(r.reason).toContain('|c| > 1');
        },
      ),
    );
  });

  it('never records NaN or Infinity for any model and wild parameters', () => {
    const names = Object.keys(models) as ModelName[];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.option(
          fc.record({
            kind: fc.constantFrom('heavy-ball' as const, 'nesterov' as const),
            mu: fc.double({ min: 0, max: 0.99, noNaN: true }),
          }),
        ),
        (model, a, b, x, alpha, y0, momentum) => {
          const r = invert({ model, theta: [a, b], x, alpha, steps: 300, y0, momentum });
          expectAllFinite(r);
          if (r.status === 'diverged') {
            expect(r.divergedAt).toBe(r.steps.length);
            expect(r.reason).toMatch(/step \d+/);
          } else expect(r.steps).toHaveLength(301);
        },
      ),
    );
  });

  it("reports 'converged' when the last step is within tol, and can stop there", () => {
    const params = { model: 'linear' as const, theta: [2, -4], x: 0, alpha: 0.05, steps: 200, y0: 7 };
    expect(invert(params).status).toBe('converged');
    const early = invert({ ...params, stopWhenConverged: true });
    expect(early.status).toBe('converged');
    expect(early.steps.length).toBeLessThan(200);
    // Relative: the distance to y* = 2 the curvature predicts, |∂L/∂y|/(2a²), is within 1e-12·|y|.
    const last = early.steps.at(-1)!;
    expect(Math.abs(last.grad) / 8).toBeLessThanOrEqual(1e-12 * Math.abs(last.y));
    expect(Math.abs(last.y - 2)).toBeLessThanOrEqual(3e-12);
  });

  it('judges convergence relative to the problem, not by an absolute gradient (a = 1e−7, y* = 1)', () => {
    // ∂L/∂y = −2a(x − a·y) is 2e−14 at y = 0: below any absolute tolerance, yet y* = 1 is far away.
    const r = invert({ model: 'linear', theta: [1e-7, 0], x: 1e-7, alpha: 0.05, steps: 200, y0: 0 });
    expect(r.status).toBe('max-steps');
    expect(r.steps.at(-1)!.y).toBeLessThan(1e-12);
    const regime = inversionRegime({ model: 'linear', theta: [1e-7, 0], x: 1e-7, alpha: 0.05, y0: 0 });
    expect(regime.regime).toBe('converging');
  });

  it('says an answer beyond the bounds is out of bounds, not unstable (x = 1e13)', () => {
    const r = invert({ model: 'linear', theta: [2, -4], x: 1e13, alpha: 0.05, steps: 200, y0: 0 });
    expect(r.status).toBe('diverged');
    expect(r.reason).toMatch(/^The answer y\* = \(x − b\)\/a = 5e12 lies outside the solver's bounds ±1e12/);
    expect(r.reason).not.toMatch(/steeper|unstable:/);
    expect(r.cause).toBe('out-of-bounds');
  });

  it('with a = 0 the iterate never moves and invert and the regime agree it is stuck, not diverging', () => {
    const params = { model: 'linear' as const, theta: [0, -4], x: 0, alpha: 0.05, y0: 8 };
    const r = invert({ ...params, steps: 20 });
    expect(r.steps.every((s) => s.y === 8)).toBe(true);
    const regime = inversionRegime(params);
    expect(regime).toMatchObject({ regime: 'stuck', stuck: true });
    expect(regime.reason).toContain('no y reproduces x');
  });

  it('lands in one step when αa² = 1/2 (c = 0)', () => {
    const r = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.125, steps: 3, y0: 7 });
    expect(r.steps[1]!.y).toBe(2);
    expect(r.status).toBe('converged');
  });

  it('heavy-ball momentum with μ = 0 equals plain gradient descent, and μ > 0 still converges', () => {
    const base = { model: 'linear' as const, theta: [2, -4], x: 0, alpha: 0.05, steps: 30, y0: 7 };
    expect(invert({ ...base, momentum: { kind: 'heavy-ball', mu: 0 } })).toEqual(invert(base));
    for (const kind of ['heavy-ball', 'nesterov'] as const) {
      const r = invert({ ...base, steps: 400, momentum: { kind, mu: 0.5 } });
      expectClose(r.steps.at(-1)!.y, 2, 1e-10);
    }
  });

  it('heavy-ball momentum stabilises a step that plain descent cannot take (α·∂²L/∂y² < 2(1 + μ))', () => {
    const base = { model: 'linear' as const, theta: [2, -4], x: 0, alpha: 0.3, steps: 300, y0: 7 };
    expect(invert(base).status).toBe('diverged');
    expect(invert({ ...base, momentum: { kind: 'heavy-ball', mu: 0.5 } }).status).toBe('converged');
  });

  it('invertSteps yields the same steps lazily', () => {
    const params = { model: 'cubic' as const, theta: [1, -3], x: 0.5, alpha: 0.01, steps: 50, y0: 1 };
    const lazy = [...invertSteps(params)];
    expect(lazy).toEqual(invert(params).steps);
  });

  it('finds different inverses of the cubic model from different starts', () => {
    const base = { model: 'cubic' as const, theta: [1, -3], x: 0.5, alpha: 0.005, steps: 5000 };
    const left = invert({ ...base, y0: -2 }).steps.at(-1)!.y;
    const right = invert({ ...base, y0: 2 }).steps.at(-1)!.y;
    const f = (y: number) => y ** 3 - 3 * y;
    expectClose(f(left), 0.5, 1e-9);
    expectClose(f(right), 0.5, 1e-9);
    expect(right - left).toBeGreaterThan(1);
  });
});
