/**
 * Every number lesson 14 ("Classifying digits by inversion") quotes, computed by the solver at
 * build time from the committed digits file. tests/unit/content/digitsFacts.test.ts checks them.
 */
import { digits as dg } from '../../src/solver/index.ts';
import { digitsData, lazy } from './digits.data.ts';

const { alpha, steps } = dg.DIGITS_PRESET;
/** The step counts the lesson's table lists. */
export const STEP_COUNTS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

const accuracyAt = (d: Float64Array, n: number, set = digitsData().test): number =>
  dg.scoreMap(dg.inversionMatrix(d, alpha, n), set).accuracy;

/** Every image of `set` moved one column to the right (the right-most column drops out, the left one is blank). */
export function shiftRight(set: dg.DigitSet): dg.DigitSet {
  const x = new Float64Array(set.x.length);
  for (let p = 0; p < x.length; p++) if (p % 8 !== 0) x[p] = set.x[p - 1] as number;
  return { ...set, x };
}

/** vᵀGv for the 10 × 10 matrix `g` and a vector `v`. */
const rayleigh = (g: Float64Array, v: number[]): number =>
  v.reduce((s, vi, i) => s + vi * v.reduce((t, vj, j) => t + (g[i * 10 + j] as number) * vj, 0), 0);

/** The two class images whose difference is smallest: ½‖d_i − d_j‖², the Rayleigh quotient of (e_i − e_j)/√2. */
function closestPair(g: Float64Array): { a: number; b: number; value: number } {
  let best = { a: 0, b: 1, value: Infinity };
  for (let a = 0; a < 10; a++)
    for (let b = a + 1; b < 10; b++) {
      const value = ((g[a * 11] as number) + (g[b * 11] as number) - 2 * (g[a * 10 + b] as number)) / 2;
      if (value < best.value) best = { a, b, value };
    }
  return best;
}

export const classifyFacts = lazy(() => {
  const { train, test } = digitsData();
  const one = dg.firstExamples(train);
  const means = dg.classMeans(train);
  const gram = dg.gram(means);
  const eigen = dg.symmetricEigenvalues(gram);
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
    /** The share of the slowest error component still left after N steps. */
    slowestLeftAtN: Math.abs(slowest.factor) ** steps,
    /** The equal mix of all ten class images, as a share of λ_max: near 1 when the top direction is what they share. */
    uniformShare: rayleigh(gram, new Array<number>(10).fill(1 / Math.sqrt(10))) / stability.lambdaMax,
    closest: closestPair(gram),
    /** Accuracy after N steps with every test image moved one column to the right. */
    shiftedAtN: accuracyAt(means, steps, shiftRight(test)),
    oneExample: { lambdaMax: dg.digitsStability(one, alpha).lambdaMax, atN: accuracyAt(one, steps) },
    means: { atN, exact, table, best, gain: atN - exact, gainImages: Math.round((atN - exact) * test.count) },
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
