import { describe, expect, it } from 'vitest';
import { articleTraining, makeData, train, trainingTrend } from '../../../../src/solver/index.ts';

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
    expect(trainingTrend(blown, 0).failure).toEqual(blown.failure);
  });
});
