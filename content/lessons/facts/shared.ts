/**
 * What several lessons' facts share: the article's training run under one name, the formatters
 * (re-exported from the words layer), and a lazy record so that a lesson importing its facts
 * pays only for the runs it reads. Every `content/lessons/<slug>.facts.ts` builds its `facts`
 * with `lazyFacts`.
 */
import {
  articleTraining,
  classifyRun,
  contraction,
  invert,
  train,
  type TrainParams,
  type TrainingResult,
} from '../../../src/solver/index.ts';
import { formatFixed } from '../../../src/words/format.ts';

export { formatFixed, formatSig } from '../../../src/words/format.ts';

/** The article's training run: θ0 = (2.7, 0), inner y0 = 2, N = 20, M = 10, β = 0.005, 2500 updates, a ≥ 0.5. */
export const ARTICLE_TRAINING: TrainParams = articleTraining();
/** The article's inner step size α. */
export const ALPHA = 0.05;

/** `compute` run once, on first call; later calls return the same value. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** A read-only record whose fields are computed on first read and then kept. */
export type LazyFacts<T extends Record<string, () => unknown>> = { readonly [K in keyof T]: ReturnType<T[K]> };

/** One getter per field, each computed on first read (so importing a lesson's facts runs nothing). */
export function lazyFacts<T extends Record<string, () => unknown>>(fields: T): LazyFacts<T> {
  const record = {} as LazyFacts<T>;
  for (const [name, compute] of Object.entries(fields)) {
    const value = once(compute);
    Object.defineProperty(record, name, { enumerable: true, get: value });
  }
  return record;
}

/** The last record of a run. */
export const last = (r: TrainingResult): TrainingResult['history'][number] =>
  r.history[r.history.length - 1] ?? { k: NaN, theta: [NaN, NaN], T: NaN, grad: [NaN, NaN], clamped: [] };

/** The article's run itself (computed once, shared by every lesson that quotes it). */
export const articleRun = once(() => train(ARTICLE_TRAINING));
/** θ the article's run learns (≈ 1.99993, −3.99985). */
export const learnedTheta = once((): [number, number] => {
  const [a = NaN, b = NaN] = last(articleRun()).theta;
  return [a, b];
});

/** The classifier's verdict on a training run (step β). */
export const verdict = (r: TrainingResult, beta = ARTICLE_TRAINING.beta) =>
  classifyRun(
    r.history.map((s) => ({ x: s.theta, value: s.T, grad: s.grad })),
    { step: beta },
  );

/** T at θ with the article's data and inner loop (N steps). */
export function tAt(theta: number[], N = 20): number {
  return last(train({ ...ARTICLE_TRAINING, theta0: theta, epochs: 0, inner: { alpha: ALPHA, steps: N, y0: 2 } })).T;
}

/**
 * Every a in (0, aMax] where the N-step inverse fits the article's data exactly,
 * a = 2(1 − cᴺ) with c = 1 − 2αa² (sign changes on a fine grid, then bisection), with b = −4 + 2cᴺy0.
 */
export function truncatedRoots(N: number, alpha = ALPHA, y0 = 2, aMax = 6): { a: number; b: number; c: number }[] {
  const F = (a: number) => a - 2 * (1 - contraction(alpha, a) ** N);
  const roots: { a: number; b: number; c: number }[] = [];
  const grid = 60000;
  for (let i = 1; i < grid; i++) {
    let lo = (aMax * i) / grid;
    let hi = (aMax * (i + 1)) / grid;
    if (Math.sign(F(lo)) === Math.sign(F(hi))) continue;
    for (let j = 0; j < 200; j++) {
      const mid = (lo + hi) / 2;
      if (Math.sign(F(mid)) === Math.sign(F(lo))) lo = mid;
      else hi = mid;
    }
    const a = (lo + hi) / 2;
    const c = contraction(alpha, a);
    roots.push({ a, b: -4 + 2 * c ** N * y0, c });
  }
  return roots;
}

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
    sxy += (x - mx) * ((data.y[i] ?? NaN) - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxy / sxx;
  return [slope, my - slope * mx];
}

/** `v` in scientific notation with `digits` significant digits, as "2.2 × 10⁻⁴" (for tiny errors). */
export function formatSci(v: number, digits = 2): string {
  if (v === 0 || !Number.isFinite(v)) return formatFixed(v, digits);
  const exponent = Math.floor(Math.log10(Math.abs(v)));
  const mantissa = (v / 10 ** exponent).toFixed(Math.max(0, digits - 1)).replace('-', '−');
  const sup = String(exponent).replace(/[-0-9]/g, (d) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(d)] ?? d);
  return `${mantissa} × 10${sup}`;
}

/** A step count, or "never" when it is infinite. */
export const formatSteps = (n: number): string => (Number.isFinite(n) ? String(n) : 'never');

/** The article's inversion: f(y) = a·y + b with θ = (2, −4), x = 0, α = 0.05, N = 20. */
export const ARTICLE_INVERSION = { model: 'linear' as const, theta: [2, -4], x: 0, alpha: ALPHA, steps: 20 };

/** The article's inversion from y0 (optionally for another step count or observation x). */
export const inversionFrom = (y0: number, steps = ARTICLE_INVERSION.steps, x = 0) =>
  invert({ ...ARTICLE_INVERSION, x, steps, y0 });

/** The last iterate g(N) of an inversion run. */
export const lastIterate = (r: ReturnType<typeof invert>): number => r.steps[r.steps.length - 1]?.y ?? NaN;
