/**
 * Numbers quoted by lessons 7–13 ("beyond the article"), computed by the solver at build time so
 * that prose, tables and widgets never disagree. tests/unit/lib/factsBeyond.test.ts checks them
 * against closed forms and fresh solver runs.
 */
import {
  articleTraining,
  articleData,
  BEHAVIOUR_NAME,
  compareGradients,
  linearBehaviour,
  contraction,
  invert,
  makeData,
  minimisers,
  stepsForAccuracy,
  train,
  truncatedTrainingFixedPoint,
  type Momentum,
  type Optimizer,
  type TrainParams,
  type TrainingResult,
} from '../solver/index.ts';
import { formatFixed, formatSig } from '../words/format.ts';

/** `v` with fixed decimals, true minus sign (for prose and tables). */
export const fx = (v: number, decimals = 4): string => formatFixed(v, decimals);
/** `v` with significant digits (for prose and tables). */
export const sig = (v: number, digits = 3): string => formatSig(v, digits);
/** A step count, or "never" when it is infinite. */
export const steps = (n: number): string => (Number.isFinite(n) ? String(n) : 'never');

/** The article's training run (θ0 = (2.7, 0), N = 20, M = 10, β = 0.005, 2500 updates, a ≥ 0.5). */
export const BASE_RUN: TrainParams = articleTraining();

const last = (r: TrainingResult) => r.history[r.history.length - 1] as TrainingResult['history'][number];

/**
 * The first update k after which T stays below `tol` for the rest of the run, or Infinity when
 * the last recorded T is not below it.
 */
export function updatesToTolerance(r: TrainingResult, tol: number): number {
  const h = r.history;
  if (h.length === 0 || !((h[h.length - 1]?.T ?? Infinity) < tol)) return Infinity;
  let k = h.length - 1;
  while (k > 0 && (h[k - 1]?.T ?? Infinity) < tol) k--;
  return k;
}

// ── Lesson 7: choosing α and N ─────────────────────────────────────────────────────────────
/** The article's inversion: a = 2, b = −4, x = 0 (y* = 2), from y0 = 8. */
const INV = { a: 2, b: -4, x: 0, y0: 8 };
/** Tolerance for "accurate": |g(N) − y*| ≤ 10⁻⁶. */
export const ACCURACY = 1e-6;
/** The step sizes lesson 7 tabulates. */
export const ALPHAS = [0.01, 0.05, 0.1, 0.125, 0.2, 0.24, 0.25, 0.3];

export const alphaTable = ALPHAS.map((alpha) => {
  const c = contraction(alpha, INV.a);
  return {
    alpha,
    c,
    regime: BEHAVIOUR_NAME[linearBehaviour(c)],
    steps: stepsForAccuracy({ ...INV, alpha, tol: ACCURACY }),
  };
});

const articleInv = invert({ model: 'linear', theta: [INV.a, INV.b], x: INV.x, alpha: 0.05, steps: 20, y0: INV.y0 });
const largeInv = invert({ model: 'linear', theta: [INV.a, INV.b], x: INV.x, alpha: 0.3, steps: 20, y0: INV.y0 });

export const choosing = {
  c005: contraction(0.05, 2),
  c03: contraction(0.3, 2),
  c02: contraction(0.2, 2),
  /** α·a² < 1 is the stable range: α < 1/a² = 0.25 at a = 2. */
  alphaLimit: 1 / (INV.a * INV.a),
  /** c = 0 at α = 1/(2a²) = 0.125: one step lands on y*. */
  alphaBest: 1 / (2 * INV.a * INV.a),
  /** |g(20) − y*| of the article's inversion. */
  error20: Math.abs((articleInv.steps.at(-1)?.y ?? NaN) - 2),
  /** Steps to 10⁻³, 10⁻⁶, 10⁻¹² at α = 0.05 from y0 = 8. */
  steps3: stepsForAccuracy({ ...INV, alpha: 0.05, tol: 1e-3 }),
  steps6: stepsForAccuracy({ ...INV, alpha: 0.05, tol: 1e-6 }),
  steps12: stepsForAccuracy({ ...INV, alpha: 0.05, tol: 1e-12 }),
  /** The step at which α = 0.3 leaves the solver's bounds, and g(1), g(2) of that run. */
  divergedAt: largeInv.divergedAt ?? Infinity,
  large1: largeInv.steps[1]?.y ?? NaN,
  large2: largeInv.steps[2]?.y ?? NaN,
  /** Exercise: steps α = 0.1 needs for 10⁻⁶ from y0 = 8. */
  exerciseSteps: stepsForAccuracy({ ...INV, alpha: 0.1, tol: 1e-6 }),
};

// ── Lesson 8: the truncated fixed point ────────────────────────────────────────────────────
/** The inner step counts lesson 8 tabulates. */
export const TRUNCATION_NS = [10, 15, 20, 30, 40];

export const truncationTable = TRUNCATION_NS.map((N) => {
  const [a, b] = truncatedTrainingFixedPoint({ alpha: 0.05, steps: N, y0: 2 });
  const run = train({
    ...BASE_RUN,
    inner: { alpha: 0.05, steps: N, y0: 2 },
    gradient: { method: 'forward', steps: Math.min(10, N) },
  });
  const end = last(run);
  return {
    N,
    a,
    b,
    cN: contraction(0.05, a) ** N,
    trainedA: end.theta[0] as number,
    trainedB: end.theta[1] as number,
    T: end.T,
  };
});

const run5 = train({ ...BASE_RUN, inner: { alpha: 0.05, steps: 5, y0: 2 }, gradient: { method: 'forward', steps: 5 } });

/**
 * max of the slope (1 − cᴺ)/a of the N-step inverse h(x) over every a with |c| < 1, i.e.
 * 0 < a < 1/√α (a fine grid), where the inner loop converges.
 */
export function bestSlope(N: number, alpha = 0.05): number {
  let best = 0;
  const aMax = 1 / Math.sqrt(alpha);
  for (let i = 1; i < 50000; i++) {
    const a = (aMax * i) / 50000;
    best = Math.max(best, (1 - contraction(alpha, a) ** N) / a);
  }
  return best;
}

export const truncation = {
  article: truncationTable.find((r) => r.N === 20) as (typeof truncationTable)[number],
  n10: truncationTable.find((r) => r.N === 10) as (typeof truncationTable)[number],
  /** With N = 5 no θ makes the 5-step inverse exact: the steepest slope it reaches is below 1/2. */
  slope5: bestSlope(5),
  slope6: bestSlope(6),
  trained5A: last(run5).theta[0] as number,
  trained5B: last(run5).theta[1] as number,
  trained5T: last(run5).T,
};

// ── Lesson 9: the clamp ────────────────────────────────────────────────────────────────────
const clampOn = train({ ...BASE_RUN, theta0: [0.3, 0] });
const clampOff = train({ ...BASE_RUN, theta0: [0.3, 0], clamp: null });
const clampOffArticle = train({ ...BASE_RUN, clamp: null });
const minA = (r: TrainingResult) => Math.min(...r.history.map((h) => h.theta[0] as number));

export const clamp = {
  /** c at a = 0.5 and α = 0.05, and the steps the inversion needs there (x = 0, b = −4, y0 = 0). */
  cSmall: contraction(0.05, 0.5),
  stepsSmall: stepsForAccuracy({ a: 0.5, b: -4, x: 0, y0: 0, alpha: 0.05, tol: ACCURACY }),
  stepsArticle: stepsForAccuracy({ a: 2, b: -4, x: 0, y0: 0, alpha: 0.05, tol: ACCURACY }),
  /** The fraction of the error one of the article's 20 steps removes at a = 0.5, and all 20 together. */
  left20Small: contraction(0.05, 0.5) ** 20,
  onA: last(clampOn).theta[0] as number,
  onB: last(clampOn).theta[1] as number,
  onT: last(clampOn).T,
  offA: last(clampOff).theta[0] as number,
  offB: last(clampOff).theta[1] as number,
  offT: last(clampOff).T,
  offMinA: minA(clampOff),
  articleOffA: last(clampOffArticle).theta[0] as number,
  articleOffMinA: minA(clampOffArticle),
};

// ── Lesson 10: momentum ────────────────────────────────────────────────────────────────────
/** Steps until |g(n) − y*| ≤ tol for good (last exceedance + 1), from a 3000-step run; Infinity if never. */
export function innerStepsToTolerance(a: number, y0: number, momentum: Momentum | null, tol = ACCURACY): number {
  const yStar = 4 / a;
  const run = invert({ model: 'linear', theta: [a, -4], x: 0, alpha: 0.05, steps: 3000, y0, momentum });
  if (run.status === 'diverged') return Infinity;
  let k = run.steps.length;
  while (k > 0 && Math.abs((run.steps[k - 1]?.y ?? NaN) - yStar) <= tol) k--;
  return k === run.steps.length ? Infinity : k;
}

export const INNER_METHODS: { label: string; momentum: Momentum | null }[] = [
  { label: 'plain gradient descent', momentum: null },
  { label: 'heavy ball, μ = 0.5', momentum: { kind: 'heavy-ball', mu: 0.5 } },
  { label: 'heavy ball, μ = 0.9', momentum: { kind: 'heavy-ball', mu: 0.9 } },
  { label: 'Nesterov, μ = 0.5', momentum: { kind: 'nesterov', mu: 0.5 } },
  { label: 'Nesterov, μ = 0.9', momentum: { kind: 'nesterov', mu: 0.9 } },
];

/** Inner loop, α = 0.05, x = 0, b = −4: a = 2 from y0 = 8 (y* = 2) and a = 0.5 from y0 = 0 (y* = 8). */
export const innerMomentumTable = INNER_METHODS.map(({ label, momentum }) => ({
  label,
  momentum,
  steep: innerStepsToTolerance(2, 8, momentum),
  flat: innerStepsToTolerance(0.5, 0, momentum),
}));

/** The outer optimizers lesson 10 compares, on the article's run (2500 updates at most). */
export const OUTER_METHODS: { label: string; optimizer: Optimizer; beta: number }[] = [
  { label: 'gradient descent (the article)', optimizer: { kind: 'gd' }, beta: 0.005 },
  { label: 'gradient descent', optimizer: { kind: 'gd' }, beta: 0.05 },
  { label: 'momentum μ = 0.9', optimizer: { kind: 'momentum', mu: 0.9 }, beta: 0.005 },
  { label: 'momentum μ = 0.9', optimizer: { kind: 'momentum', mu: 0.9 }, beta: 0.001 },
  { label: 'Adam', optimizer: { kind: 'adam' }, beta: 0.005 },
  { label: 'Adam', optimizer: { kind: 'adam' }, beta: 0.05 },
];
/** "Trained" means T below this. */
export const T_TOL = 1e-8;

export const outerMomentumTable = OUTER_METHODS.map(({ label, optimizer, beta }) => {
  const run = train({ ...BASE_RUN, optimizer, beta });
  const end = last(run);
  return {
    label,
    kind: optimizer.kind,
    beta,
    updates: updatesToTolerance(run, T_TOL),
    a: end.theta[0] as number,
    b: end.theta[1] as number,
    T: end.T,
  };
});

// ── Lesson 11: noise ───────────────────────────────────────────────────────────────────────
/** Noise level, seeds and sample counts of lesson 11's table. */
export const NOISE_SIGMA = 0.5;
export const NOISE_SEEDS = [1, 2, 3];
export const NOISE_COUNTS = [5, 20, 50];

/**
 * The best the N-step inverse can do on noisy data: h(x) is affine in x, so T is smallest when
 * h is the least-squares line of y on x. Returns that line's slope and intercept.
 */
export function leastSquaresLine(data: { x: number[]; y: number[] }): [slope: number, intercept: number] {
  const n = data.x.length;
  const mx = data.x.reduce((s, v) => s + v, 0) / n;
  const my = data.y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  data.x.forEach((x, i) => {
    sxy += (x - mx) * ((data.y[i] as number) - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxy / sxx;
  return [slope, my - slope * mx];
}

/** The training settings for noisy data: the article's run with more updates. */
export function noisyRun(sigma: number, seed: number, count: number) {
  const data = makeData({ count, sigma, seed });
  const run = train({ ...BASE_RUN, data, epochs: 2500 });
  const end = last(run);
  const [slope, intercept] = leastSquaresLine(data);
  let best = 0;
  data.x.forEach((x, i) => (best += ((data.y[i] as number) - (slope * x + intercept)) ** 2));
  return {
    sigma,
    seed,
    count,
    a: end.theta[0] as number,
    b: end.theta[1] as number,
    T: end.T,
    bestT: best,
    status: run.status,
  };
}

export const noiseTable = NOISE_COUNTS.flatMap((count) =>
  NOISE_SEEDS.map((seed) => noisyRun(NOISE_SIGMA, seed, count)),
);

export const noise = {
  first: noiseTable[0] as (typeof noiseTable)[number],
  /** Spread (max − min) of the learned a over the seeds, per sample count. */
  spreadA: NOISE_COUNTS.map((count) => {
    const as = noiseTable.filter((r) => r.count === count).map((r) => r.a);
    return { count, spread: Math.max(...as) - Math.min(...as) };
  }),
};

// ── Lesson 12: four ways to get ∂h/∂θ ──────────────────────────────────────────────────────
const G_INNER = { alpha: 0.05, steps: 20, y0: 2 };
export const gradientsAtStart = {
  M10: compareGradients({ model: 'linear', data: articleData(), theta: [2.7, 0], inner: G_INNER, gradientSteps: 10 }),
  M20: compareGradients({ model: 'linear', data: articleData(), theta: [2.7, 0], inner: G_INNER, gradientSteps: 20 }),
};
/** ∂T/∂a by forward mode and by the implicit formula as M grows, at θ = (2.7, 0), N = 20. */
export const implicitGapTable = [1, 2, 5, 10, 20].map((M) => {
  const g = compareGradients({
    model: 'linear',
    data: articleData(),
    theta: [2.7, 0],
    inner: { ...G_INNER, steps: Math.max(20, M) },
    gradientSteps: M,
  });
  return { M, forward: g.forward[0] as number, implicit: g.implicit[0] as number, fd: g.finiteDifference[0] as number };
});
/** At the article's learned θ the implicit gradient is not 0 although T is (truncation). */
const learned = truncationTable.find((r) => r.N === 20) as (typeof truncationTable)[number];
export const gradientsAtLearned = compareGradients({
  model: 'linear',
  data: articleData(),
  theta: [learned.a, learned.b],
  inner: G_INNER,
  gradientSteps: 20,
});

// ── Lesson 13: several inverses ────────────────────────────────────────────────────────────
/** The cubic y³ − 3y at x = 1: three inverses. */
export const CUBIC = { model: 'cubic' as const, theta: [1, -3], x: 1, alpha: 0.003, steps: 500 };
export const cubicRoots = minimisers({ model: 'cubic', theta: CUBIC.theta, x: CUBIC.x, range: [-4, 4] });
/** Starts lesson 13's buttons use, and where each run ends. */
export const CUBIC_STARTS = [-2, 0.5, 2];
export const cubicRuns = CUBIC_STARTS.map((y0) => {
  const r = invert({ ...CUBIC, y0 });
  return { y0, end: r.steps.at(-1)?.y ?? NaN, status: r.status };
});
/** From y0 = 1 (where f′ = 0) the iterate never moves: ∂L/∂y = 0 at a maximum of L. */
export const cubicStuck = invert({ ...CUBIC, y0: 1 }).steps.at(-1)?.y ?? NaN;
/** tanh: a = 2, b = 0, x = 3 has no inverse; where 500 steps from y0 = 0 get to. */
const tanhRun = invert({ model: 'tanh', theta: [2, 0], x: 3, alpha: 0.05, steps: 500, y0: 0 });
export const tanhDrift = {
  y: tanhRun.steps.at(-1)?.y ?? NaN,
  loss: tanhRun.steps.at(-1)?.loss ?? NaN,
  grad: tanhRun.steps.at(-1)?.grad ?? NaN,
};

/** The training widget on the nonlinear models (data from θ = (2, −4), θ0 = (2.7, 0), y0 = 2, N = 20). */
function nonlinearTraining(model: 'cubic' | 'tanh', alpha: number) {
  const data = makeData({ model, theta: [2, -4], count: 5, sigma: 0, seed: 1 });
  const run = train({ ...BASE_RUN, model, data, inner: { alpha, steps: 20, y0: 2 } });
  const end = run.history.at(-1);
  return {
    status: run.status,
    divergedAt: run.divergedAt,
    a: end?.theta[0] ?? NaN,
    b: end?.theta[1] ?? NaN,
    T: end?.T ?? NaN,
  };
}
export const nonlinearTrain = {
  cubic: nonlinearTraining('cubic', 0.05),
  cubicSmall: nonlinearTraining('cubic', 0.001),
  tanh: nonlinearTraining('tanh', 0.05),
};
