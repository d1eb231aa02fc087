import { describe, expect, it } from 'vitest';
import { landscapeCost, train, trainingCost, articleTraining, type TrainingSize } from '../../../../src/solver';
import { BUDGET } from '../../../../components/widgets/runtime/runs';
import { MAIN_THREAD_MS, trainingEstimate } from '../../../../components/widgets/training/cost';
import { defaults } from '../../../../components/widgets/runtime/params';
import { trainingTable } from '../../../../components/widgets/training/table';

const ARTICLE: TrainingSize = {
  model: 'linear',
  epochs: 2500,
  samples: 5,
  innerSteps: 20,
  gradientSteps: 10,
  method: 'forward',
};

describe('the cost of a run, estimated before it starts', () => {
  it('counts updates × samples × steps × method factor', () => {
    expect(trainingCost(ARTICLE).steps).toBe(2501 * 5 * 20);
    expect(trainingCost({ ...ARTICLE, gradientSteps: 200 }).steps).toBe(2501 * 5 * 200);
    expect(trainingCost({ ...ARTICLE, method: 'finite-difference' }).steps).toBe(5 * 2501 * 5 * 20);
    expect(landscapeCost({ model: 'tanh', points: 121 * 121, samples: 5, innerSteps: 20 }).steps).toBe(
      121 * 121 * 5 * 20,
    );
  });

  it('grows with every factor and is far higher for the models without a hand-written kernel', () => {
    const base = trainingCost(ARTICLE).ms;
    for (const change of [{ epochs: 5000 }, { samples: 50 }, { innerSteps: 200 }, { method: 'reverse' as const }])
      expect(trainingCost({ ...ARTICLE, ...change }).ms).toBeGreaterThan(base);
    expect(trainingCost({ ...ARTICLE, model: 'tanh' }).ms).toBeGreaterThan(20 * base);
    expect(trainingCost({ ...ARTICLE, model: 'cubic' }).ms).toBeGreaterThan(
      trainingCost({ ...ARTICLE, model: 'tanh' }).ms,
    );
  });

  it('is near the time the article’s run and a tanh run take here (never far above it)', () => {
    for (const [size, params] of [
      [ARTICLE, articleTraining()],
      [{ ...ARTICLE, model: 'tanh' as const, epochs: 100 }, null],
    ] as const) {
      const v = { ...defaults(trainingTable), model: size.model, epochs: size.epochs };
      const p = params ?? { ...articleTraining(), model: size.model, epochs: size.epochs };
      train(p); // warm up
      const t0 = performance.now();
      train(p);
      const took = performance.now() - t0;
      const est = trainingEstimate(v).ms;
      expect(est / Math.max(took, 0.5)).toBeLessThan(4);
      expect(took / est).toBeLessThan(40); // generous: the test machine may be busy with other work
    }
  });

  it('sorts the widget’s runs: short ones at once, the article’s in a worker, the issue’s heavy links asked or refused', () => {
    const d = defaults(trainingTable);
    expect(trainingEstimate(d).ms).toBeGreaterThan(MAIN_THREAD_MS); // ≈ 60 ms at 4× throttling: a worker
    expect(trainingEstimate({ ...d, epochs: 100 }).ms).toBeLessThan(MAIN_THREAD_MS);
    const heavy = { ...d, model: 'tanh', epochs: 5000, N: 200, M: 200 };
    expect(trainingEstimate({ ...heavy, method: 'reverse' }).ms).toBeGreaterThan(BUDGET.confirmMs);
    const worst = { ...heavy, method: 'finite-difference', count: 50 };
    const e = trainingEstimate(worst);
    expect(e.ms).toBeGreaterThan(BUDGET.refuseMs);
    expect(e.figure).toBe('5,001 updates × 50 samples × 200 inner steps × 5 for finite differences');
    expect(e.lower).toMatch(/^Inner steps N \(now 200\), Samples \(now 50\), Updates K \(now 5,000\)/);
  });
});
