import { describe, expect, it } from 'vitest';
import { articleTraining, makeData, train, trainingTrend, trendWords } from '../../../../src/solver/index.ts';

describe('trainingTrend', () => {
  const run = train(articleTraining());

  it('is "start" at update 0 and "falling" while T drops on the article run', () => {
    expect(trainingTrend(run, 0).trend).toBe('start');
    const at = trainingTrend(run, 10);
    expect(at.trend).toBe('falling');
    expect(at.T).toBeLessThan(at.previousT);
  });

  it('is "at-rest" once θ stops moving on noisy data, with T on a floor above 0', () => {
    const noisy = train({ ...articleTraining(), data: makeData({ count: 5, sigma: 0.5, seed: 1 }) });
    const k = noisy.history.length - 1;
    const last = trainingTrend(noisy, k, 0.005);
    expect(last.trend).toBe('at-rest');
    expect(last.T).toBeGreaterThan(0.01);
    const s = noisy.history[k]!;
    const w = trendWords(last, { beta: 0.005, theta: s.theta, grad: s.grad, clamped: s.clamped, tol: 1e-12 });
    expect(w.reason).toContain('a floor above 0');
  });

  it('is "settled" when T stops changing while θ still moves', () => {
    const noisy = train({ ...articleTraining(), data: makeData({ count: 5, sigma: 0.5, seed: 1 }) });
    const trends = noisy.history.map((_, k) => trainingTrend(noisy, k, 0.005).trend);
    expect(trends).toContain('settled');
    // On the floor T wobbles by rounding; that is never read as an overshoot.
    expect(trends.slice(trends.indexOf('settled'))).not.toContain('rising');
  });

  it('is "rising" after an update that overshoots (β too large)', () => {
    const wild = train({ ...articleTraining(), beta: 0.2, epochs: 30 });
    const trends = wild.history.map((_, k) => trainingTrend(wild, k).trend);
    expect(trends).toContain('rising');
  });

  it('is "diverged" throughout a run that blew up', () => {
    const blown = train({ ...articleTraining(), beta: 5, epochs: 50, clamp: null });
    expect(blown.status).toBe('diverged');
    expect(trainingTrend(blown, 0).trend).toBe('diverged');
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
      reason: r.reason,
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
