import { describe, expect, it } from 'vitest';
import { articleTraining, makeData, train, trainingTrend } from '../../../src/solver/index.ts';

describe('trainingTrend', () => {
  const run = train(articleTraining());

  it('is "start" at update 0 and "falling" while T drops on the article run', () => {
    expect(trainingTrend(run, 0).trend).toBe('start');
    const at = trainingTrend(run, 10);
    expect(at.trend).toBe('falling');
    expect(at.T).toBeLessThan(at.previousT);
  });

  it('is "settled" once T stops changing (noisy data has a floor above 0)', () => {
    const noisy = train({ ...articleTraining(), data: makeData({ count: 5, sigma: 0.5, seed: 1 }) });
    const last = trainingTrend(noisy, noisy.history.length - 1);
    expect(last.trend).toBe('settled');
    expect(last.T).toBeGreaterThan(0.1);
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
