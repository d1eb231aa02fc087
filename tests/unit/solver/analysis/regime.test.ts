import { describe, expect, it } from 'vitest';
import { invert, inversionRegime } from '../../../../src/solver/index.ts';

const linear = { model: 'linear' as const, theta: [2, -4], x: 0 };

describe('inversionRegime', () => {
  it('classifies the linear model by c = 1 − 2αa²', () => {
    expect(inversionRegime({ ...linear, alpha: 0.05 })).toMatchObject({
      regime: 'converging',
      c: expect.closeTo(0.6, 12),
    });
    expect(inversionRegime({ ...linear, alpha: 0.125 })).toMatchObject({ regime: 'converging', c: 0 });
    expect(inversionRegime({ ...linear, alpha: 0.2 })).toMatchObject({
      regime: 'oscillating',
      c: expect.closeTo(-0.6, 12),
    });
    expect(inversionRegime({ ...linear, alpha: 0.25 })).toMatchObject({ regime: 'cycling', c: -1 });
    expect(inversionRegime({ ...linear, alpha: 0.3 })).toMatchObject({
      regime: 'diverging',
      c: expect.closeTo(-1.4, 12),
    });
    expect(inversionRegime({ ...linear, alpha: 0.05, y0: 2 }).regime).toBe('converged');
  });

  it('finds divergence with the numbers a student can check (α, a, y*)', () => {
    const r = inversionRegime({ ...linear, alpha: 0.3 });
    expect(r.finding).toEqual({ kind: 'linear', behaviour: 'diverging', alpha: 0.3, a: 2, yStar: 2 });
  });

  it("agrees with what invert does (the regime predicts the run's fate)", () => {
    for (const alpha of [0.05, 0.2, 0.3]) {
      const { regime } = inversionRegime({ ...linear, alpha });
      const run = invert({ ...linear, alpha, steps: 2000, y0: 7 });
      expect(run.status).toBe(regime === 'diverging' ? 'diverged' : 'converged');
    }
  });

  it('uses the local curvature at the minimiser for nonlinear models', () => {
    const r = inversionRegime({ model: 'cubic', theta: [1, -3], x: 0.5, alpha: 0.005, y0: 2 });
    expect(r.regime).toBe('converging');
    expect(r.c).toBeGreaterThan(0);
    expect(r.c).toBeLessThan(1);
    const fast = inversionRegime({ model: 'tanh', theta: [2, 0], x: 0.5, alpha: 0.2 });
    expect(fast.regime).toBe('oscillating');
  });

  it('says when tanh has no inverse (|x − b| ≥ |a|)', () => {
    const r = inversionRegime({ model: 'tanh', theta: [1, 0], x: 1.5, alpha: 0.1 });
    expect(r.regime).toBe('diverging');
    expect(r.finding).toEqual({ kind: 'tanh-no-inverse', gap: 1.5, a: 1 });
  });

  it('accounts for momentum through the stability limit', () => {
    const r = inversionRegime({ ...linear, alpha: 0.3, momentum: { kind: 'heavy-ball', mu: 0.5 } });
    expect(r.regime).not.toBe('diverging');
    expect(r.finding).toMatchObject({ kind: 'momentum', momentum: { kind: 'heavy-ball', mu: 0.5 }, limit: 3 });
  });
});

describe('inversionRegime at the edges of the stable range', () => {
  it('calls α = 0.25 (c = −1) a bounded 2-cycle, and the run agrees: it repeats, it does not leave', () => {
    const r = inversionRegime({ ...linear, alpha: 0.25 });
    expect(r.finding).toMatchObject({ kind: 'linear', behaviour: 'cycling' });
    const run = invert({ ...linear, alpha: 0.25, steps: 40, y0: 8 });
    expect(run.status).toBe('max-steps');
    expect(run.steps.at(-1)!.y).toBe(8);
    expect(run.steps.at(-2)!.y).toBe(-4);
  });

  it('keeps α·a² = 0.9996 oscillating, not cycling (the classifier compares exact numbers)', () => {
    const r = inversionRegime({ ...linear, alpha: 0.2499 });
    expect(r.regime).toBe('oscillating');
    expect(r.finding).toMatchObject({ kind: 'linear', behaviour: 'oscillating', alpha: 0.2499 });
  });
});

describe('inversionRegime on a hump of L', () => {
  it('says a start on a stationary maximum of the cubic loss is stuck, not an inverse', () => {
    // f(y) = y³ − 3y, x = −2: L = (y³ − 3y + 2)² has ∂L/∂y = 0 at y = −1, where L = 16 is a maximum.
    const r = inversionRegime({ model: 'cubic', theta: [1, -3], x: -2, alpha: 0.01, y0: -1 });
    expect(r.finding).toMatchObject({ kind: 'hump', y: -1 });
    expect(r.stuck).toBe(true);
    expect(r.c).toBeGreaterThan(1);
  });
});
