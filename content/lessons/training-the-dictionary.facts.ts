/**
 * Every number lesson 15 ("Training the dictionary through the inversion") quotes, computed by
 * the solver at build time. tests/unit/content/digitsFacts.test.ts checks them.
 */
import { digits as dg } from '../../src/solver/index.ts';
import { courseRun, digitsData, lazy } from './digits.data.ts';

const preset = dg.DIGITS_PRESET;

export const trainingFacts = lazy(() => {
  const { train, test } = digitsData();
  const { records } = courseRun();
  const first = records[0] as dg.DigitsUpdate;
  const last = records[records.length - 1] as dg.DigitsUpdate;
  const means = first.d;
  const noBias = dg.leastSquaresWeights(train, false);
  const withBias = dg.leastSquaresWeights(train, true);
  // The confusion matrix after the last update: the largest off-diagonal count.
  let worst = { truth: 0, predicted: 1, count: -1 };
  last.confusion.forEach((count, i) => {
    const truth = Math.floor(i / 10);
    const predicted = i % 10;
    if (truth !== predicted && count > worst.count) worst = { truth, predicted, count };
  });
  const batch = dg.batchOf(train);
  const fast = dg.objectiveFast(means, batch, preset.alpha, preset.steps);
  const literal = dg.objectiveLiteral(means, batch, preset.alpha, preset.steps);
  const scale = Math.max(...literal.grad.map(Math.abs));
  const exactTrained = dg.scoreMap(dg.exactInverseMatrix(last.d), test).accuracy;
  return {
    ...preset,
    count: train.count,
    parameters: last.d.length,
    T0: first.T,
    T: last.T,
    train0: first.trainAccuracy,
    test0: first.testAccuracy,
    trainAcc: last.trainAccuracy,
    testAcc: last.testAccuracy,
    /** Prediction: the trained D's test accuracy, in percent to one decimal. */
    predictTestPercent: Math.round(1000 * last.testAccuracy) / 10,
    lambdaMax: last.lambdaMax,
    negativeEntries: last.d.filter((v) => v < 0).length,
    meansNegative: means.filter((v) => v < 0).length,
    worst,
    leastSquares: {
      withBias: dg.leastSquaresAccuracy(withBias, test, true),
      noBias: dg.leastSquaresAccuracy(noBias, test, false),
      T: dg.leastSquaresT(noBias, train),
    },
    truncation: { atN: last.testAccuracy, exact: exactTrained, at200: accuracy(last.d, 200) },
    paths: {
      Tdiff: Math.abs(fast.T - literal.T) / literal.T,
      gradDiff: Math.max(...fast.grad.map((g, i) => Math.abs(g - (literal.grad[i] as number)))) / scale,
      imageSteps: train.count * preset.steps,
    },
  };
});

function accuracy(d: Float64Array, n: number): number {
  return dg.scoreMap(dg.inversionMatrix(d, preset.alpha, n), digitsData().test).accuracy;
}
