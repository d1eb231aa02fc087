import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIVERGENCE_BOUND,
  linearModel,
  train,
  trainSteps,
  truncatedTrainingFixedPoint,
} from '../../../../src/solver/index.ts';
import { articleRun, expectAllClose, expectAllFinite } from '../helpers.ts';

describe('train', () => {
  it("reproduces the article's run: θ equals the truncated-training fixed point to 1e-9 (1.99993, −3.99985)", () => {
    const r = train(articleRun);
    expect(r.history).toHaveLength(2501);
    const [a, b] = r.history[2500]!.theta as [number, number];
    const [aStar, bStar] = truncatedTrainingFixedPoint({ alpha: 0.05, steps: 20, y0: 2 });
    expect(Math.abs(a - aStar)).toBeLessThan(1e-9);
    expect(Math.abs(b - bStar)).toBeLessThan(1e-9);
    expect(a.toFixed(5)).toBe('1.99993');
    expect(b.toFixed(5)).toBe('-3.99985');
    expect(r.history[2500]!.T).toBeLessThan(1e-20);
  });

  it('records θ0 with T and ∂T/∂θ at k = 0, and every update from the same θ (simultaneous)', () => {
    const r = train({ ...articleRun, epochs: 3 });
    expect(r.history.map((s) => s.k)).toEqual([0, 1, 2, 3]);
    expect(r.history[0]!.theta).toEqual([2.7, 0]);
    expect(r.history[0]!.clamped).toEqual([false, false]);
    for (let k = 0; k < 3; k++) {
      const { theta, grad } = r.history[k]!;
      expect(r.history[k + 1]!.theta).toEqual([
        Math.max(theta[0]! - 0.005 * grad[0]!, 0.5),
        theta[1]! - 0.005 * grad[1]!,
      ]);
    }
  });

  it('the fast linear path equals the generic dual-number path', () => {
    const fast = train({ ...articleRun, epochs: 200 });
    for (const method of ['forward', 'reverse', 'implicit', 'finite-difference'] as const) {
      const slow = train({ ...articleRun, epochs: 200, model: { ...linearModel }, gradient: { method, steps: 10 } });
      const fastM =
        method === 'forward' ? fast : train({ ...articleRun, epochs: 200, gradient: { method, steps: 10 } });
      slow.history.forEach((s, k) => {
        expectAllClose(s.theta, fastM.history[k]!.theta, 1e-10);
        expectAllClose(s.grad, fastM.history[k]!.grad, 1e-8);
      });
    }
  });

  it('clamps a at 0.5 and flags the clamp', () => {
    const r = train({ ...articleRun, theta0: [0.6, 0], beta: 0.05, epochs: 50 });
    expect(r.history.some((s) => s.clamped[0])).toBe(true);
    for (const s of r.history) expect(s.theta[0]).toBeGreaterThanOrEqual(0.5);
    for (const s of r.history) if (s.clamped[0]) expect(s.theta[0]).toBe(0.5);
  });

  it("stops with 'diverged' when β is far too large, and no record holds NaN", () => {
    const r = train({ ...articleRun, clamp: null, beta: 5, epochs: 1000 });
    expect(r.status).toBe('diverged');
    expect(r.divergedAt).toBe(r.history.length);
    expect(r.reason).toMatch(/update \d+/);
    expectAllFinite(r);
  });

  it('never records NaN or Infinity, whatever α, β and θ0', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('linear' as const, 'tanh' as const, 'cubic' as const),
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.double({ min: 1e-4, max: 10, noNaN: true }),
        fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })),
        fc.constantFrom('forward' as const, 'reverse' as const, 'implicit' as const, 'finite-difference' as const),
        (model, alpha, beta, theta0, method) => {
          const r = train({
            ...articleRun,
            model,
            theta0,
            beta,
            epochs: 40,
            inner: { alpha, steps: 20, y0: 2 },
            gradient: { method },
            clamp: null,
          });
          expectAllFinite(r);
          for (const s of r.history) for (const t of s.theta) expect(Math.abs(t)).toBeLessThanOrEqual(DIVERGENCE_BOUND);
          if (r.status === 'diverged') expect(r.reason).toBeTruthy();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('momentum and Adam reach the same fixed point as gradient descent', () => {
    const [aStar, bStar] = truncatedTrainingFixedPoint({ alpha: 0.05, steps: 20, y0: 2 });
    for (const optimizer of [{ kind: 'momentum', mu: 0.5 }, { kind: 'adam' }] as const) {
      const r = train({ ...articleRun, optimizer, beta: optimizer.kind === 'adam' ? 0.01 : 0.005, epochs: 5000 });
      const [a, b] = r.history.at(-1)!.theta;
      expect(Math.abs(a! - aStar)).toBeLessThan(1e-6);
      expect(Math.abs(b! - bStar)).toBeLessThan(1e-6);
    }
  });

  it('sequential updates move b from the already-updated a', () => {
    const r = train({ ...articleRun, update: 'sequential', epochs: 1 });
    const simultaneous = train({ ...articleRun, epochs: 1 });
    expect(r.history[1]!.theta[0]).toBe(simultaneous.history[1]!.theta[0]);
    expect(r.history[1]!.theta[1]).not.toBe(simultaneous.history[1]!.theta[1]);
  });

  it("reports 'converged' when every |∂T/∂θⱼ| ≤ tol, and can stop there", () => {
    const r = train({ ...articleRun, tol: 1e-8, stopWhenConverged: true });
    expect(r.status).toBe('converged');
    expect(r.history.length).toBeLessThan(2501);
    expect(train({ ...articleRun, epochs: 10 }).status).toBe('max-steps');
  });

  it('trainSteps yields the same history lazily', () => {
    expect([...trainSteps({ ...articleRun, epochs: 20 })]).toEqual(train({ ...articleRun, epochs: 20 }).history);
  });
});
