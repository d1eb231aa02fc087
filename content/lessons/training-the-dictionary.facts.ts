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
  // The confusion matrix after the last update: every off-diagonal cell with the largest count.
  const off = Array.from(last.confusion, (count, i) => ({ truth: Math.floor(i / 10), predicted: i % 10, count }));
  const mistakes = off.filter((c) => c.truth !== c.predicted);
  const most = Math.max(...mistakes.map((c) => c.count));
  const worstAll = mistakes.filter((c) => c.count === most);
  const negatives = records.map((r) => r.d.filter((v) => v < 0).length);
  const peak = Math.max(...negatives);
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
    worst: worstAll[0] as { truth: number; predicted: number; count: number },
    /** Every confusion that reaches the largest count (ties included), in reading order. */
    worstAll,
    /** Negative entries after the first update, at their most (and the first update that has that many). */
    negativesFirst: negatives[1] as number,
    negativePeak: { count: peak, update: negatives.indexOf(peak) },
    /** The largest α·λ_max(DDᵀ) over every update of the run. */
    worstStability: Math.max(...records.map((r) => r.lambdaMax)) * preset.alpha,
    leastSquares: {
      withBias: dg.leastSquaresAccuracy(withBias, test, true),
      noBias: dg.leastSquaresAccuracy(noBias, test, false),
      T: dg.leastSquaresT(noBias, train),
    },
    truncation: {
      atN: last.testAccuracy,
      exact: exactTrained,
      at200: accuracy(last.d, 200),
      /** Test images the trained D classifies right with its N steps and not solved exactly (net). */
      imagesLost: Math.round((last.testAccuracy - exactTrained) * test.count),
      /** T on the training images with the trained D solved exactly, against last.T with N steps. */
      Texact: trainingT(dg.exactInverseMatrix(last.d), train),
    },
    paths: {
      Tdiff: Math.abs(fast.T - literal.T) / literal.T,
      gradDiff: Math.max(...fast.grad.map((g, i) => Math.abs(g - (literal.grad[i] as number)))) / scale,
      imageSteps: train.count * preset.steps,
    },
  };
});

/** Σᵢ ‖tᵢ − M xᵢ‖² over `set` for the linear map `m` (10 × 64). */
function trainingT(m: Float64Array, set: dg.DigitSet): number {
  const t = dg.oneHot(set.labels);
  return dg.weightsOf(m, set).reduce((s, v, i) => s + ((t[i] as number) - v) ** 2, 0);
}

function accuracy(d: Float64Array, n: number): number {
  return dg.scoreMap(dg.inversionMatrix(d, preset.alpha, n), digitsData().test).accuracy;
}
