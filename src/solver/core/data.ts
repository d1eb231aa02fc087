/**
 * Training data: the article's five samples, and generated sets with
 * reproducible noise.
 */
import { randomLcg, randomNormal } from 'd3-random';
import { variable } from './dual.ts';
import { linearModel, type Model, type ModelName, type Theta } from './models.ts';
import type { Dataset, TrainParams } from '../training/trainParams.ts';
import * as check from './validate.ts';

/** The article's data: y = −2, −1, 0, 1, 2 and x = 2y − 4. */
export function articleData(): Dataset {
  return { x: [-8, -6, -4, -2, 0], y: [-2, -1, 0, 1, 2] };
}

/** Parameters of {@link makeData}. */
export interface MakeDataParams {
  /** θ of the model that generates x (default [2, −4], the article's ground truth). */
  theta?: Theta;
  /** Generating model (default linear). */
  model?: Model | ModelName;
  /** Number of samples, an integer 1…MAX_SAMPLES. */
  count: number;
  /** Standard deviation σ ≥ 0 of the Gaussian noise added to each x. */
  sigma: number;
  /** Seed of the noise; the same seed gives the same data. */
  seed: number;
  /** The y's are spread evenly over this [min, max] (default [−2, 2]). */
  yRange?: [min: number, max: number];
}

/**
 * The seed passed through splitmix64's finaliser (on its 32-bit halves) to a number in [0, 1):
 * d3-random's randomLcg uses a seed in [0, 1) as is and an integer seed s as s·2⁻³² wrapped,
 * so consecutive seeds 1, 2, 3 started it at almost the same state and drew almost the same
 * noise (first uniforms 0.2365, 0.2368, 0.2372). Mixed, neighbouring seeds are unrelated.
 */
export function mixSeed(seed: number): number {
  let h = Math.imul(Math.floor(seed) | 0, 0x9e3779b9) ^ Math.imul(Math.floor(seed / 2 ** 32) | 0, 0x85ebca6b);
  h ^= Math.round((seed - Math.floor(seed)) * 2 ** 31);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/**
 * count evenly spaced yᵢ over yRange (one sample sits at its middle) and
 * xᵢ = f_θ(yᵢ) + σ·εᵢ, with εᵢ standard normal from d3-random seeded by
 * randomLcg(mixSeed(seed)). With σ = 0, count = 5 and the defaults this is
 * {@link articleData}.
 */
export function makeData(p: MakeDataParams): Dataset {
  const model = check.model(p.model ?? linearModel);
  const theta = check.theta('theta', p.theta ?? [2, -4], model);
  const count = check.integer('count', p.count, 1, check.MAX_SAMPLES);
  const sigma = check.nonNegative('sigma', p.sigma);
  const seed = check.finite('seed', p.seed);
  const [lo, hi] = check.range('yRange', p.yRange ?? [-2, 2]);
  const noise = randomNormal.source(randomLcg(mixSeed(seed)))(0, sigma);
  const size = theta.length + 1;
  const params = theta.map((t, j) => variable(t, j + 1, size));
  const y = Array.from({ length: count }, (_, i) => (count === 1 ? (lo + hi) / 2 : lo + ((hi - lo) * i) / (count - 1)));
  const x = y.map((yi) => model.f(variable(yi, 0, size), params).v + (sigma === 0 ? 0 : noise()));
  return { x, y };
}

/**
 * The article's training run, the course's reference setup: θ0 = (2.7, 0), the five pairs,
 * β = 0.005, 2500 updates, N = 20 inner steps from y0 = 2 with α = 0.05, the gradient unrolled
 * over M = 10 of them (the printed code's quirk), and the clamp a ≥ 0.5.
 */
export function articleTraining(): TrainParams {
  return {
    model: 'linear',
    data: articleData(),
    theta0: [2.7, 0],
    beta: 0.005,
    epochs: 2500,
    inner: { alpha: 0.05, steps: 20, y0: 2 },
    gradient: { method: 'forward', steps: 10 },
    clamp: [[0.5, Infinity], null],
  };
}
