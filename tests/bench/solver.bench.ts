/**
 * Benchmarks of the solver's hot paths (targets on one core):
 * the article's training run ≤ 2 ms (forward) and ≤ 4 ms (reverse),
 * a 201×201 landscape at N = 20 ≤ 30 ms.
 * Run: npx vitest bench --run --dir tests/bench
 */
import { bench, describe } from 'vitest';
import { articleData, articleTraining, landscape, train, type TrainParams } from '../../src/solver/index.ts';

const article: TrainParams = articleTraining();

describe('solver hot paths', () => {
  bench("article's training run, forward gradient (2500 × 5 × 20)", () => {
    train(article);
  });
  bench("article's training run, reverse gradient", () => {
    train({ ...article, gradient: { method: 'reverse', steps: 10 } });
  });
  // The cost model (src/solver/analysis/cost.ts) estimates this run at trainingCost(...).ms: compare.
  bench('tanh training run, 100 updates (the cost model’s calibration)', () => {
    train({ ...article, model: 'tanh', epochs: 100 });
  });
  bench('landscape 201 × 201 at N = 20', () => {
    landscape({
      model: 'linear',
      data: articleData(),
      inner: { alpha: 0.05, steps: 20, y0: 2 },
      aRange: [0.5, 3.5],
      bRange: [-6, 2],
      size: [201, 201],
    });
  });
});
