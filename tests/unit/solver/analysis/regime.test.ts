import { describe, expect, it } from 'vitest';
import { describeRun, invert, inversionRegime } from '../../../../src/solver/index.ts';

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

  it('explains divergence with the numbers a student can check', () => {
    const r = inversionRegime({ ...linear, alpha: 0.3 });
    expect(r.reason).toBe(
      'α·a² = 1.2 > 1, so each step multiplies the error y − y* by c = 1 − 2αa² = −1.4 (|c| > 1): the iterate zig-zags ever further from y* = (x − b)/a = 2.',
    );
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
    expect(r.reason).toContain('No y gives f(y) = x');
  });

  it('accounts for momentum through the stability limit', () => {
    const r = inversionRegime({ ...linear, alpha: 0.3, momentum: { kind: 'heavy-ball', mu: 0.5 } });
    expect(r.regime).not.toBe('diverging');
    expect(r.reason).toContain('heavy-ball momentum μ = 0.5');
  });

  it('describeRun sums up a run in one sentence', () => {
    const run = invert({ ...linear, alpha: 0.05, steps: 200, y0: 7 });
    expect(describeRun(run, linear)).toMatch(/^Converged after 200 steps: y = 2,/);
    const bad = invert({ ...linear, alpha: 0.3, steps: 200, y0: 7 });
    expect(describeRun(bad, linear)).toMatch(/^Diverged\. α·a² = 1\.2 > 1/);
  });
});

describe('inversionRegime at the edges of the stable range', () => {
  it('calls α = 0.25 (c = −1) a bounded 2-cycle, and the run agrees: it repeats, it does not leave', () => {
    const r = inversionRegime({ ...linear, alpha: 0.25 });
    expect(r.reason).toContain('bounded 2-cycle');
    const run = invert({ ...linear, alpha: 0.25, steps: 40, y0: 8 });
    expect(run.status).toBe('max-steps');
    expect(run.steps.at(-1)!.y).toBe(8);
    expect(run.steps.at(-2)!.y).toBe(-4);
  });

  it('never prints α·a² = 0.9996 as 1 (numbers are not rounded into a different claim)', () => {
    const r = inversionRegime({ ...linear, alpha: 0.2499 });
    expect(r.regime).toBe('oscillating');
    expect(r.reason).toMatch(/^α·a² = 0\.9996,/);
  });
});

describe('inversionRegime on a hump of L', () => {
  it('says a start on a stationary maximum of the cubic loss is stuck, not an inverse', () => {
    // f(y) = y³ − 3y, x = −2: L = (y³ − 3y + 2)² has ∂L/∂y = 0 at y = −1, where L = 16 is a maximum.
    const r = inversionRegime({ model: 'cubic', theta: [1, -3], x: -2, alpha: 0.01, y0: -1 });
    expect(r.reason).toMatch(/Stuck on a hump/);
    expect(r.stuck).toBe(true);
    expect(r.c).toBeGreaterThan(1);
  });
});
