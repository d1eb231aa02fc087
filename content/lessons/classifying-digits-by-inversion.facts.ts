/**
 * Every number lesson 14 ("Classifying digits by inversion") quotes, computed by the solver at
 * build time from the committed digits file. tests/unit/content/digitsFacts.test.ts checks them.
 */
import { digits as dg } from '../../src/solver/index.ts';
import { digitsData, lazy } from './digits.data.ts';

const { alpha, steps } = dg.DIGITS_PRESET;
/** The step counts the lesson's table lists. */
export const STEP_COUNTS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

const accuracyAt = (d: Float64Array, n: number): number =>
  dg.scoreMap(dg.inversionMatrix(d, alpha, n), digitsData().test).accuracy;

export const classifyFacts = lazy(() => {
  const { train, test } = digitsData();
  const one = dg.firstExamples(train);
  const means = dg.classMeans(train);
  const eigen = dg.symmetricEigenvalues(dg.gram(means));
  const stability = dg.digitsStability(means, alpha);
  const factors = eigen.map((lambda) => ({ lambda, factor: 1 - 2 * alpha * lambda }));
  const slowest = factors.reduce((a, b) => (Math.abs(b.factor) > Math.abs(a.factor) ? b : a));
  const table = STEP_COUNTS.map((n) => ({ n, accuracy: accuracyAt(means, n) }));
  const best = table.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
  const exact = dg.scoreMap(dg.exactInverseMatrix(means), test).accuracy;
  const atN = accuracyAt(means, steps);
  // One test image's weights: the first classified right whose y_N has a negative entry.
  const weights = dg.weightsOf(dg.inversionMatrix(means, alpha, steps), test);
  const rows = Array.from({ length: test.count }, (_, i) => Array.from(weights.subarray(i * 10, i * 10 + 10)));
  const argmax = (y: number[]): number => y.indexOf(Math.max(...y));
  const shown = rows.findIndex((y, i) => Math.min(...y) < 0 && argmax(y) === test.labels[i]);
  const sums = rows.map((r) => r.reduce((s, v) => s + v, 0));
  const y = rows[shown] as number[];
  return {
    counts: { train: train.count, test: test.count, all: train.count + test.count },
    alpha,
    steps,
    lambdaMax: stability.lambdaMax,
    alphaLimit: stability.alphaLimit,
    lambdaMin: eigen[0] as number,
    factors,
    slowest,
    /** Steps until the slowest error component is down to 1 % of itself. */
    slowestTo1pc: Math.ceil(Math.log(0.01) / Math.log(Math.abs(slowest.factor))),
    oneExample: { lambdaMax: dg.digitsStability(one, alpha).lambdaMax, atN: accuracyAt(one, steps) },
    means: { atN, exact, table, best, gain: atN - exact },
    weightsExample: {
      index: shown,
      label: test.labels[shown] as number,
      predicted: argmax(y),
      max: Math.max(...y),
      y,
      sum: y.reduce((s, v) => s + v, 0),
      min: Math.min(...y),
    },
    negativeShare: rows.filter((r) => Math.min(...r) < 0).length / test.count,
    /** Prediction: the share of test images with a negative weight, in percent to one decimal. */
    predictNegativePercent: Math.round((1000 * rows.filter((r) => Math.min(...r) < 0).length) / test.count) / 10,
    sumRange: [Math.min(...sums), Math.max(...sums)] as const,
    /** Exercise: the contraction factor of the largest eigenvalue at α. */
    exerciseFactor: 1 - 2 * alpha * stability.lambdaMax,
  };
});
