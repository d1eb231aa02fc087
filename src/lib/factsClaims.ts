/**
 * What the lessons say runs do, computed from solver records: each export is a named claim
 * (a period, a sign, a root, a basin jump) next to the numbers it rests on.
 * tests/unit/lib/factsClaims.test.ts fails when a run stops saying what the lesson says.
 */
import {
  articleData,
  articleTraining,
  classifyRun,
  compareGradients,
  contraction,
  cubicModel,
  evaluateModel,
  invert,
  kernelFor,
  linearRecursion,
  makeData,
  minimisers,
  train,
  trainingTrend,
  type TrainingResult,
} from '../solver/index.ts';
import { leastSquaresLine } from './factsBeyond.ts';

const BASE = articleTraining();
const ALPHA = 0.05;
const last = (r: TrainingResult) => r.history[r.history.length - 1] as TrainingResult['history'][number];
const verdict = (r: TrainingResult, beta = BASE.beta) =>
  classifyRun(
    r.history.map((s) => ({ x: s.theta, value: s.T, grad: s.grad })),
    { step: beta },
  );

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

/** T at θ with the article's data and inner loop (N steps). */
function tAt(theta: number[], N = 20): number {
  return last(train({ ...BASE, theta0: theta, epochs: 0, inner: { alpha: ALPHA, steps: N, y0: 2 } })).T;
}

// ── Lesson 9: clamp off from a0 = 0.3 ─────────────────────────────────────────────────────
const clampOff = train({ ...BASE, theta0: [0.3, 0], clamp: null });
const clampOffEnd = clampOff.history.slice(-2);
const rootsN20 = truncatedRoots(20);
const secondRoot = rootsN20.reduce((m, r) => (r.a < m.a ? r : m));
const slowApproach = train({ ...BASE, theta0: [0.3, 0], clamp: null, beta: 0.001, epochs: 20000 });
const clampOn = train({ ...BASE, theta0: [0.3, 0] });

export const clampClaims = {
  /** The classifier's verdict on the clamp-off run: 'oscillating' with period 2. */
  offKind: verdict(clampOff).kind,
  offPeriod: verdict(clampOff).period,
  /** The two values of a the cycle alternates between, and |∂T/∂a| there. */
  offLowA: Math.min(...clampOffEnd.map((s) => s.theta[0] as number)),
  offHighA: Math.max(...clampOffEnd.map((s) => s.theta[0] as number)),
  offGradA: Math.abs(clampOffEnd[1]?.grad[0] as number),
  /** Every exact fit of the 20-step inverse, and the second one, far from (2, −4). */
  roots: rootsN20,
  secondA: secondRoot.a,
  secondB: secondRoot.b,
  secondT: tAt([secondRoot.a, secondRoot.b]),
  /** With β = 0.001 the same start approaches that second root. */
  slowA: last(slowApproach).theta[0] as number,
  slowB: last(slowApproach).theta[1] as number,
  slowT: last(slowApproach).T,
  slowUpdates: slowApproach.history.length - 1,
  /** With the clamp on, a is held at 0.5 (classifier 'stuck', component a). */
  onKind: verdict(clampOn).kind,
  onHeld: verdict(clampOn).held ?? [],
};

// ── Lesson 8: N = 5 ────────────────────────────────────────────────────────────────────────
const N5 = { inner: { alpha: ALPHA, steps: 5, y0: 2 }, gradient: { method: 'forward' as const, steps: 5 } };
const run5 = train({ ...BASE, ...N5 });
const run5Long = train({ ...BASE, ...N5, epochs: 100000, stopWhenConverged: true });
const roots5 = truncatedRoots(5);
const run5M3 = train({
  ...BASE,
  ...N5,
  gradient: { method: 'forward', steps: 3 },
  epochs: 100000,
  stopWhenConverged: true,
});

export const n5Claims = {
  /** After the article's 2500 updates: still moving (classifier 'plateau'), |∂T/∂θ| not small. */
  kind2500: verdict(run5).kind,
  grad2500: Math.hypot(...last(run5).grad),
  T2500: last(run5).T,
  /** The minimum training reaches when it is let run until ∂T/∂θ ≈ 0. */
  minA: last(run5Long).theta[0] as number,
  minB: last(run5Long).theta[1] as number,
  minT: last(run5Long).T,
  minUpdates: last(run5Long).k,
  minStatus: run5Long.status,
  /** The exact fits of the 5-step inverse: none with |c| < 1, one where c < −1. */
  roots: roots5,
  exact: roots5.find((r) => Math.abs(r.c) > 1),
  /** With M = 3 of the N = 5 steps the gradient vanishes elsewhere: M moves the end when no exact fit exists. */
  m3A: last(run5M3).theta[0] as number,
  m3B: last(run5M3).theta[1] as number,
  m3T: last(run5M3).T,
  m3Status: run5M3.status,
  exactT: (() => {
    const r = roots5.find((q) => Math.abs(q.c) > 1);
    return r ? tAt([r.a, r.b], 5) : NaN;
  })(),
};

// ── Lesson 4: the a-row of the recursion and the end of the run ────────────────────────────
const learned = last(train(BASE)).theta as [number, number];
const aRows = articleData().x.map((x) => {
  const r = linearRecursion({ alpha: ALPHA, a: learned[0], b: learned[1], x, y0: 2, steps: 20 });
  return { x, dga10: r.dga[10] as number, dga20: r.dga[20] as number };
});
const gapAfter = (epochs: number) => {
  const a = last(train({ ...BASE, epochs })).theta;
  const b = last(train({ ...BASE, epochs, gradient: { method: 'forward', steps: 20 } })).theta;
  return Math.hypot((a[0] as number) - (b[0] as number), (a[1] as number) - (b[1] as number));
};
/** The four gradients at θ(0) = (2.7, 0) with the derivative taken through M steps. */
const gradientsThrough = (gradientSteps: number) =>
  compareGradients({ model: 'linear', data: articleData(), theta: [2.7, 0], inner: BASE.inner, gradientSteps });
const g10 = gradientsThrough(10);
const g20 = gradientsThrough(20);

export const aRowClaims = {
  /** ∂T/∂a at θ0 through M = 10 and M = 20 steps, and the relative change, against c¹⁰ at a = 2.7. */
  dTda10: g10.forward[0] as number,
  dTda20: g20.forward[0] as number,
  relChangeA: Math.abs(((g10.forward[0] as number) - (g20.forward[0] as number)) / (g20.forward[0] as number)),
  cStart10: contraction(ALPHA, 2.7) ** 10,
  /** dg(10)/da and dg(20)/da per sample at the learned θ (c = 0.6 there). */
  rows: aRows,
  /** The largest relative difference among samples where |dg(20)/da| > 0.1. */
  maxRowShare: Math.max(
    ...aRows.filter((r) => Math.abs(r.dga20) > 0.1).map((r) => Math.abs((r.dga20 - r.dga10) / r.dga20)),
  ),
  /** Distance between the θ learned with M = 10 and M = 20 after 2500 and 3000 updates. */
  gap2500: gapAfter(2500),
  gap3000: gapAfter(3000),
};

// ── Lesson 11: errors in variables ─────────────────────────────────────────────────────────
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

export const ATTENUATION_COUNTS = [5, 50, 1000];
export const attenuation = ATTENUATION_COUNTS.map((count) => {
  const data = makeData({ count, sigma: 0.5, seed: 1 });
  const [a, b] = noisyOptimum(data);
  const yMean = data.y.reduce((s, v) => s + v, 0) / count;
  const varY = data.y.reduce((s, v) => s + (v - yMean) ** 2, 0) / count;
  /** The errors-in-variables prediction a ≈ 2 + σ²/(2·var y) (before truncation). */
  return { count, a, b, predicted: 2 + 0.25 / (2 * varY) };
});
/** Where the estimate goes as the samples fill [−2, 2] (var y → 4/3): a → 2 + 3σ²/8. */
export const attenuationLimit = 2 + (3 * 0.25) / 8;

// ── Lesson 12: implicit against forward ────────────────────────────────────────────────────
const digits = (u: number, v: number) => -Math.log10(Math.abs(u - v) / Math.abs(v));
export const gradientClaims = {
  /** Forward and implicit ∂T/∂a at M = 1 and 2: same sign at M = 1, opposite at M = 2. */
  signAgreesAt1: Math.sign(g(1).forward) === Math.sign(g(1).implicit),
  signAgreesAt2: Math.sign(g(2).forward) === Math.sign(g(2).implicit),
  /** Significant digits forward and finite differences share, at M = 10 and M = 20 (both components). */
  fdDigits: Math.min(
    ...[g10, g20].flatMap((c) => [0, 1].map((j) => digits(c.finiteDifference[j] as number, c.forward[j] as number))),
  ),
  fdDigitsMax: Math.max(
    ...[g10, g20].flatMap((c) => [0, 1].map((j) => digits(c.finiteDifference[j] as number, c.forward[j] as number))),
  ),
  /** Digits implicit and forward share at M = 20. */
  implicitDigits20: digits(g20.implicit[0] as number, g20.forward[0] as number),
};
function g(M: number) {
  const c = compareGradients({
    model: 'linear',
    data: articleData(),
    theta: [2.7, 0],
    inner: { ...BASE.inner, steps: Math.max(20, M) },
    gradientSteps: M,
  });
  return { forward: c.forward[0] as number, implicit: c.implicit[0] as number };
}

// ── Lesson 13: jumping basins ──────────────────────────────────────────────────────────────
const CUBIC = { model: 'cubic' as const, theta: [1, -3], x: 1, steps: 500 };
const roots = minimisers({ model: 'cubic', theta: CUBIC.theta, x: CUBIC.x, range: [-4, 4] });
const nearest = (y: number) => roots.reduce((m, r) => (Math.abs(r - y) < Math.abs(m - y) ? r : m));
/** Where the cubic run from y0 ends for a step α, and whether that is the root of y0's own basin. */
export function cubicEnd(y0: number, alpha: number) {
  const r = invert({ ...CUBIC, alpha, y0 });
  const end = r.steps[r.steps.length - 1]?.y ?? NaN;
  const own = nearest(y0);
  return { y0, alpha, end, status: r.status, jumped: r.status === 'converged' && Math.abs(end - own) > 1e-6 };
}
/** The smallest α on a 0.005 grid (0.005 … 0.05) at which the run from y0 ends in another basin. */
export function firstJump(y0: number): number {
  for (let i = 1; i <= 10; i++) if (cubicEnd(y0, i * 0.005).jumped) return i * 0.005;
  return Infinity;
}
/** The first iterate g(1) of the cubic run from y0 with step α. */
const firstStep = (y0: number, alpha: number) => invert({ ...CUBIC, alpha, y0, steps: 1 }).steps[1]?.y ?? NaN;
/** ∂²L/∂y² at the largest root: the step is stable there only while α·∂²L/∂y² < 2. */
const curvatureRight = (() => {
  const buf = new Float64Array(4);
  kernelFor(cubicModel).second(CUBIC.x, Math.max(...roots), CUBIC.theta, buf);
  return buf[1] as number;
})();
export const basinClaims = {
  at001FromTwo: cubicEnd(2, 0.01),
  at001FromMinusTwo: cubicEnd(-2, 0.01),
  firstJumpFromMinusTwo: firstJump(-2),
  firstJumpFromTwo: firstJump(2),
  jumpFromMinusTwo: cubicEnd(-2, firstJump(-2)),
  jumpFromTwo: cubicEnd(2, firstJump(2)),
  /** From −2 the first step itself crosses the hump at −1; from 2 it stays in its own basin (y > 1). */
  firstStepFromMinusTwo: firstStep(-2, firstJump(-2)),
  firstStepFromTwo: firstStep(2, firstJump(2)),
  /** The right valley is too steep for α above 2/∂²L/∂y²: at α = 0.02 the run from 2 bounces and does not converge. */
  curvatureRight,
  stableAlphaRight: 2 / curvatureRight,
  bounceFromTwo: cubicEnd(2, 0.02),
  /** A still larger step from −2 leaves the bounds. */
  outFromMinusTwo: cubicEnd(-2, 0.06),
};

// ── Lesson 5: the generator's gap ──────────────────────────────────────────────────────────
/** |f_learned(y) − f_true(y)| = 2cᴺ·|y − y0| for the article's learned θ (y0 = 2). */
export const generatorGap = {
  coefficient: 2 * contraction(ALPHA, learned[0]) ** 20,
  at: (y: number) => Math.abs(evaluateModel('linear', learned, y) - evaluateModel('linear', [2, -4], y)),
};

// ── Lesson 6: the article's printed result against the course's run ──────────────────────
/** θ as the article prints it after its own run (random a0, inner start left by the inversion cell). */
export const ARTICLE_PRINTED = { a: 1.9999268051752905, b: -3.9998536215926457 };
export const printedGap = {
  a: Math.abs(learned[0] - ARTICLE_PRINTED.a),
  b: Math.abs(learned[1] - ARTICLE_PRINTED.b),
};

/** Training on the 1000-sample set with the article's β: T is a sum, so the step is far too large. */
export const bigRunStatus = train({ ...BASE, data: makeData({ count: 1000, sigma: 0.5, seed: 1 }) }).status;

// ── Lesson 13: how the tanh training run ends ─────────────────────────────────────────────
const tanhData = makeData({ model: 'tanh', theta: [2, -4], count: 5, sigma: 0, seed: 1 });
const tanhRun = train({ ...BASE, model: 'tanh', data: tanhData });
/** The trend at the last update: 'climbing' (T rises at every update, the M = 10 gradient points uphill). */
export const tanhEndTrend = trainingTrend(tanhRun, tanhRun.history.length - 1, BASE.beta, {
  model: 'tanh',
  alpha: ALPHA,
  steps: 20,
  gradientSteps: 10,
}).trend;

// ── Lesson 2: "whatever the start" ────────────────────────────────────────────────────────
/** The largest |g(20) − 2| over starts y0 in [−10, 10] (the farthest start, −10, decides it). */
export const randomStartWorst = Math.max(
  ...[-10, 10].map((y0) => {
    const r = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: ALPHA, steps: 20, y0 });
    return Math.abs((r.steps[r.steps.length - 1]?.y ?? NaN) - 2);
  }),
);

// ── Lesson 5: the generator after 100 updates ─────────────────────────────────────────────
const early = last(train({ ...BASE, epochs: 100 })).theta;
/** What θ after 100 updates generates at y = 1, against the truth's −2. */
export const earlyGenerated = evaluateModel('linear', early, 1);

// ── Lesson 1: the cubic from y0 = −2 ──────────────────────────────────────────────────────
/** The run from y0 = −2 (α = 0.01, 100 steps) on y³ − 3y = 0: the mirror image −√3. */
export const cubicFromMinusTwo =
  invert({ model: 'cubic', theta: [1, -3], x: 0, alpha: 0.01, steps: 100, y0: -2 }).steps.at(-1)?.y ?? NaN;

// ── Lesson 3: small a ─────────────────────────────────────────────────────────────────────
/** The share of the start distance 20 inner steps leave at a = 0.3 (c²⁰): the guess barely leaves y0. */
export const leftAtSmallA = contraction(ALPHA, 0.3) ** 20;
/** |g(20) − y*| from y0 = 8 at α = 0.01 (lesson 2: 20 steps are not nearly enough). */
export const slowAlphaError = Math.abs(
  (invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.01, steps: 20, y0: 8 }).steps.at(-1)?.y ?? NaN) - 2,
);

// ── Lesson 7: how far a may move before α = 0.05 fails ────────────────────────────────────
/** The largest |a| for which the article's α keeps the inner loop converging (c = 1 − 2αa² > −1). */
export const stableAMax = Math.sqrt(1 / ALPHA);
