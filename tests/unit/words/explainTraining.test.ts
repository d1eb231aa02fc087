import { describe, expect, it } from 'vitest';
import { articleTraining, makeData, train, trainingTrend } from '../../../src/solver/index.ts';
import { trainingFailureWords, trainingReason, trendWords, unstableFactorClause } from '../../../src/words/index.ts';

describe('trendWords: one template per trend', () => {
  it('"at-rest" on noisy data names the floor above 0', () => {
    const noisy = train({ ...articleTraining(), data: makeData({ count: 5, sigma: 0.5, seed: 1 }) });
    const k = noisy.history.length - 1;
    const last = trainingTrend(noisy, k, 0.005);
    const s = noisy.history[k]!;
    const w = trendWords(last, { beta: 0.005, theta: s.theta, grad: s.grad, clamped: s.clamped, tol: 1e-12 });
    expect(w.reason).toContain('a floor above 0');
  });

  it('"diverged" carries the run\'s failure in words', () => {
    const blown = train({ ...articleTraining(), beta: 5, epochs: 50, clamp: null });
    const w = trendWords(trainingTrend(blown, 0), { beta: 5, theta: [], grad: [], clamped: [], tol: 1e-12 });
    expect(w.tone).toBe('diverged');
    expect(w.reason).toBe(trainingReason(blown));
  });
});

describe('trainingFailureWords: one template per failure kind', () => {
  const theta = [1.5, -2];
  it('inner-unstable uses the one α·a² > 1 clause', () => {
    const text = trainingFailureWords({ kind: 'inner-unstable', k: 3, theta, alpha: 0.5, a: 1.5 });
    expect(text).toContain(unstableFactorClause(0.5, 1.5));
    expect(text).toMatch(/^At update 3 \(θ = \[1\.5, −2\]\)/);
  });
  it('implicit-not-finite blames ∂²L/∂y²', () => {
    expect(trainingFailureWords({ kind: 'implicit-not-finite', k: 1, theta })).toMatch(/divides by ∂²L\/∂y²/);
  });
  it('not-finite names the inner steps', () => {
    expect(trainingFailureWords({ kind: 'not-finite', k: 1, theta, innerSteps: 20 })).toMatch(/inversion of 20 steps/);
  });
  it('escaped blames β, or the inner loop when its factor is known', () => {
    const base = { kind: 'escaped' as const, k: 4, theta, gradSize: 1e13, beta: 0.5, bound: 1e12 };
    expect(trainingFailureWords(base)).toMatch(/β = 0\.5 is too large/);
    expect(trainingFailureWords({ ...base, innerFactor: -2.6 })).toMatch(/inner loop was unstable .* not β\.$/);
  });
  it('trainingReason is undefined for a run that did not diverge', () => {
    expect(trainingReason({ status: 'converged' })).toBeUndefined();
  });
});

describe('trainingTrend and its words on the runs the issue found misread', () => {
  const base = articleTraining();
  const inner = { model: 'linear', alpha: 0.05, steps: 20 };
  const words = (r: ReturnType<typeof train>, k: number) => {
    const s = r.history[k]!;
    return trendWords(trainingTrend(r, k, base.beta, inner), {
      beta: base.beta,
      theta: s.theta,
      grad: s.grad,
      clamped: s.clamped,
      tol: 1e-12,
      divergedAt: r.divergedAt,
    });
  };

  it('a plateau (N = 5 at update 2500) is "creeping", never "T falls: 0.0136 → 0.0136"', () => {
    const run = train({ ...base, inner: { alpha: 0.05, steps: 5, y0: 2 }, gradient: { method: 'forward', steps: 5 } });
    const k = run.history.length - 1;
    expect(trainingTrend(run, k, base.beta, inner).trend).toBe('creeping');
    const w = words(run, k);
    expect(w.label).toBe('Creeping.');
    expect(w.reason).toMatch(/not small: far from settled/);
  });

  it('a period-2 oscillation (lesson 9, clamp off) reads "oscillating" at every update, not falling/rising in turn', () => {
    const run = train({ ...base, theta0: [0.3, 0], clamp: null });
    const last = run.history.length - 1;
    for (let k = last - 9; k <= last; k++) expect(trainingTrend(run, k, base.beta, inner).trend).toBe('oscillating');
    expect(words(run, last).label).toBe('Oscillating (period 2).');
  });

  it('training from a0 = 6 blames the inner loop (|c| > 1), not β, and ends held by the clamp', () => {
    const run = train({ ...base, theta0: [6, 0] });
    const first = trainingTrend(run, 1, base.beta, inner);
    expect(first.trend).toBe('rising');
    expect(first.innerFactor).toBeCloseTo(1 - 2 * 0.05 * 36, 12);
    expect(words(run, 1).reason).toMatch(/inner loop is unstable.*not β/);
    const end = words(run, run.history.length - 1);
    expect(end.label).toBe('Held.');
    expect(end.reason).toMatch(/^a stays at 0\.5 .*clamp a ≥ 0\.5/);
  });

  it('the falling badge never prints the two values of T alike', () => {
    const run = train(base);
    for (const k of [10, 500, 900]) {
      const w = words(run, k);
      if (w.label !== 'Converging.') continue;
      const [before, after] = w.reason.replace('T falls: ', '').replace(/\.$/, '').split(' → ');
      expect(before).not.toBe(after);
    }
  });
});
