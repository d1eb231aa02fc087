/** Lesson 11's numbers: training on noisy data, the spread over seeds, errors in variables. */
import { contraction, makeData, train } from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, last, lazyFacts, leastSquaresLine, once } from './facts/shared.ts';

/** Noise level, seeds and sample counts of the lesson's table. */
export const NOISE_SIGMA = 0.5;
export const NOISE_SEEDS = [1, 2, 3];
export const NOISE_COUNTS = [5, 20, 50];
export const ATTENUATION_COUNTS = [5, 50, 1000];

/** The article's run on `count` noisy samples (σ, seed), against the best T the N-step inverse allows. */
export function noisyRun(sigma: number, seed: number, count: number) {
  const data = makeData({ count, sigma, seed });
  const run = train({ ...ARTICLE_TRAINING, data, epochs: 2500 });
  const end = last(run);
  const [slope, intercept] = leastSquaresLine(data);
  let best = 0;
  data.x.forEach((x, i) => (best += ((data.y[i] ?? NaN) - (slope * x + intercept)) ** 2));
  return {
    sigma,
    seed,
    count,
    a: end.theta[0] ?? NaN,
    b: end.theta[1] ?? NaN,
    T: end.T,
    bestT: best,
    status: run.status,
  };
}

/**
 * The θ whose N-step inverse is the least-squares line y = s·x + t of the data (the minimum of T):
 * a from (1 − cᴺ)/a = s (bisection on [1, 4]), then b from t = −(1 − cᴺ)·b/a + cᴺ·y0.
 */
export function noisyOptimum(data: { x: number[]; y: number[] }, N = 20, y0 = 2): [a: number, b: number] {
  const [s, t] = leastSquaresLine(data);
  const slope = (a: number) => (1 - contraction(ALPHA, a) ** N) / a;
  let lo = 1;
  let hi = 4;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (slope(mid) > s) lo = mid;
    else hi = mid;
  }
  const a = (lo + hi) / 2;
  const cN = contraction(ALPHA, a) ** N;
  return [a, ((cN * y0 - t) * a) / (1 - cN)];
}

const table = once(() =>
  NOISE_COUNTS.flatMap((count) => NOISE_SEEDS.map((seed) => noisyRun(NOISE_SIGMA, seed, count))),
);

export const facts = lazyFacts({
  /** Prediction: whether the run on 5 noisy samples (σ = 0.5, seed 1) ends at T = 0 or above it. */
  predictNoisyT: () => (noisyRun(NOISE_SIGMA, 1, 5).T > 1e-6 ? 'above' : 'zero'),
  sigma: () => NOISE_SIGMA,
  table,
  first: () => table()[0] ?? noisyRun(NOISE_SIGMA, 1, 5),
  /** Spread (max − min) of the learned a over the seeds, per sample count. */
  spreadA: () =>
    NOISE_COUNTS.map((count) => {
      const as = table()
        .filter((r) => r.count === count)
        .map((r) => r.a);
      return { count, spread: Math.max(...as) - Math.min(...as) };
    }),
  /** Per sample count: the optimum a, b and the errors-in-variables prediction a ≈ 2 + σ²/(2·var y). */
  attenuation: () =>
    ATTENUATION_COUNTS.map((count) => {
      const data = makeData({ count, sigma: NOISE_SIGMA, seed: 1 });
      const [a, b] = noisyOptimum(data);
      const yMean = data.y.reduce((s, v) => s + v, 0) / count;
      const varY = data.y.reduce((s, v) => s + (v - yMean) ** 2, 0) / count;
      return { count, a, b, predicted: 2 + NOISE_SIGMA ** 2 / (2 * varY) };
    }),
  /** Where the estimate goes as the samples fill [−2, 2] (var y → 4/3): a → 2 + 3σ²/8. */
  attenuationLimit: () => 2 + (3 * NOISE_SIGMA ** 2) / 8,
  /** Training on the 1000-sample set with the article's β: T is a sum, so the step is far too large. */
  bigRunStatus: () => train({ ...ARTICLE_TRAINING, data: makeData({ count: 1000, sigma: 0.5, seed: 1 }) }).status,
});
