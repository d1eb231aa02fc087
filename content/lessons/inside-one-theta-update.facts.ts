/** Lesson 4's numbers: one θ update from the inside, M = 10 against M = 20, N = M = 100. */
import {
  articleData,
  compareGradients,
  contraction,
  gradientAt,
  linearRecursion,
  train,
  type TrainingResult,
} from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, articleRun, last, lazyFacts, learnedTheta, once } from './facts/shared.ts';

/** The article's run with the derivative taken through M = 20 steps instead of 10. */
const run20 = once(() => train({ ...ARTICLE_TRAINING, gradient: { method: 'forward', steps: 20 } }));
const runLong = once(() =>
  train({
    ...ARTICLE_TRAINING,
    inner: { alpha: ALPHA, steps: 100, y0: 2 },
    gradient: { method: 'forward', steps: 100 },
  }),
);
const thetaOf = (r: TrainingResult, j: number) => last(r).theta[j] ?? NaN;
const firstBelow = (r: TrainingResult, T: number) => r.history.findIndex((s) => s.T < T);

/** The four gradients at θ(0) = (2.7, 0) with the derivative taken through M steps. */
const gradientsThrough = (gradientSteps: number) =>
  compareGradients({
    model: 'linear',
    data: articleData(),
    theta: [2.7, 0],
    inner: ARTICLE_TRAINING.inner,
    gradientSteps,
  }).forward;
const g10 = once(() => gradientsThrough(10));
const g20 = once(() => gradientsThrough(20));
/** ∂T/∂θ at θ0 by forward mode through M steps (the training widget's own call). */
const gradientWith = (M: number) =>
  gradientAt({
    model: 'linear',
    data: ARTICLE_TRAINING.data,
    theta: [2.7, 0],
    inner: ARTICLE_TRAINING.inner,
    gradient: { method: 'forward', steps: M },
  }).grad;
const grad10 = once(() => gradientWith(10));
const grad20 = once(() => gradientWith(20));
const grad = (g: () => number[], j: number) => g()[j] ?? NaN;

/** The recursion at θ = (2, −4), where dg(n)/db = −(1 − cⁿ)/a. */
const atTruth = once(() => linearRecursion({ alpha: ALPHA, a: 2, b: -4, x: 0, y0: 2, steps: 20 }));
/** dg(10)/da and dg(20)/da per sample at the learned θ (c = 0.6 there). */
const aRows = once(() =>
  articleData().x.map((x) => {
    const [a, b] = learnedTheta();
    const r = linearRecursion({ alpha: ALPHA, a, b, x, y0: 2, steps: 20 });
    return { x, dga10: r.dga[10] ?? NaN, dga20: r.dga[20] ?? NaN };
  }),
);
/** Distance between the θ learned with M = 10 and with M = 20 after `epochs` updates. */
const gapAfter = (epochs: number) => {
  const a = last(train({ ...ARTICLE_TRAINING, epochs })).theta;
  const b = last(train({ ...ARTICLE_TRAINING, epochs, gradient: { method: 'forward', steps: 20 } })).theta;
  return Math.hypot((a[0] ?? NaN) - (b[0] ?? NaN), (a[1] ?? NaN) - (b[1] ?? NaN));
};
const learnedGap = once(() =>
  Math.hypot(learnedTheta()[0] - thetaOf(run20(), 0), learnedTheta()[1] - thetaOf(run20(), 1)),
);

export const facts = lazyFacts({
  /** Prediction: whether T falls or rises over update 0 of the article's run. */
  predictFirstT: () => ((articleRun().history[1]?.T ?? NaN) < (articleRun().history[0]?.T ?? NaN) ? 'falls' : 'rises'),
  /** θ after the first update. */
  theta1A: () => articleRun().history[1]?.theta[0] ?? NaN,
  theta1B: () => articleRun().history[1]?.theta[1] ?? NaN,
  /** ∂T/∂θ at θ0 through M = 10 and M = 20 steps. */
  grad10A: () => grad(grad10, 0),
  grad10B: () => grad(grad10, 1),
  grad20A: () => grad(grad20, 0),
  grad20B: () => grad(grad20, 1),
  /** |∂T/∂θ(M = 10) − ∂T/∂θ(M = 20)| / |∂T/∂θ(M = 20)| at θ0. */
  gradRelDiff: () =>
    Math.hypot(grad(grad10, 0) - grad(grad20, 0), grad(grad10, 1) - grad(grad20, 1)) /
    Math.hypot(grad(grad20, 0), grad(grad20, 1)),
  /** c at a = 2 (0.6) and at a0 = 2.7 (0.271): how much of dg/dθ the steps past M would still add. */
  c: () => contraction(ALPHA, 2),
  cStart: () => contraction(ALPHA, 2.7),
  /** dg(10)/db and dg(20)/db at θ = (2, −4): −(1 − 0.6¹⁰)/2 and −(1 − 0.6²⁰)/2. */
  dgb10Truth: () => atTruth().dgb[10] ?? NaN,
  dgb20Truth: () => atTruth().dgb[20] ?? NaN,
  /** θ learned with M = 10 and with M = 20 (2500 updates each), and their distance. */
  learned10A: () => learnedTheta()[0],
  learned10B: () => learnedTheta()[1],
  learned20A: () => thetaOf(run20(), 0),
  learned20B: () => thetaOf(run20(), 1),
  learnedGap,
  tinyTAt10: () => firstBelow(articleRun(), 1e-10),
  tinyTAt20: () => firstBelow(run20(), 1e-10),
  /** With N = M = 100 the learned θ is (2, −4) to about 10⁻¹¹. */
  learnedLongA: () => thetaOf(runLong(), 0),
  learnedLongB: () => thetaOf(runLong(), 1),
  /** ∂T/∂a through M = 10 and M = 20, and the relative change, against c¹⁰ at a = 2.7. */
  dTda10: () => grad(g10, 0),
  dTda20: () => grad(g20, 0),
  relChangeA: () => Math.abs((grad(g10, 0) - grad(g20, 0)) / grad(g20, 0)),
  cStart10: () => contraction(ALPHA, 2.7) ** 10,
  rows: aRows,
  /** The largest per-sample gap |dg(20)/da − dg(10)/da| near the end. */
  maxRowGap: () => Math.max(...aRows().map((r) => Math.abs(r.dga20 - r.dga10))),
  /** The largest relative difference among samples where |dg(20)/da| > 0.1. */
  maxRowShare: () =>
    Math.max(
      ...aRows()
        .filter((r) => Math.abs(r.dga20) > 0.1)
        .map((r) => Math.abs((r.dga20 - r.dga10) / r.dga20)),
    ),
  /** Distance between the θ learned with M = 10 and M = 20 after 2500 and 3000 updates. */
  gap2500: learnedGap,
  gap3000: () => gapAfter(3000),
});
