/** Lesson 3's numbers: the article's training run, one step of the forward recursion, the clamp. */
import {
  contraction,
  gradientAt,
  linearRecursion,
  train,
  truncatedTrainingFixedPoint,
} from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, articleRun, last, lazyFacts, learnedTheta, once } from './facts/shared.ts';

/** The start θ0 = (2.7, 0). */
const START: [number, number] = [2.7, 0];
/** ∂T/∂θ at θ0 with M = 10. */
const startGrad = once(
  () =>
    gradientAt({
      model: 'linear',
      data: ARTICLE_TRAINING.data,
      theta: START,
      inner: ARTICLE_TRAINING.inner,
      gradient: { method: 'forward', steps: 10 },
    }).grad,
);
/** The forward recursion for the sample x = 0 at θ0, from g(0) = 2. */
const firstSample = once(() => linearRecursion({ alpha: ALPHA, a: START[0], b: START[1], x: 0, y0: 2, steps: 2 }));
const fixedPoint = once(() => truncatedTrainingFixedPoint({ alpha: ALPHA, steps: 20, y0: 2 }));
const fastRun = once(() => train({ ...ARTICLE_TRAINING, beta: 0.02 }));
const smallStart = once(() => last(train({ ...ARTICLE_TRAINING, theta0: [0.6, 0] })));

export const facts = lazyFacts({
  /** Prediction: the a the article's run learns (2500 updates from a = 2.7). */
  predictLearnedA: () => learnedTheta()[0],
  /** T at θ0 = (2.7, 0). */
  startT: () => articleRun().history[0]?.T ?? NaN,
  /** ∂T/∂θ at θ0 (M = 10). */
  startGradA: () => startGrad()[0] ?? NaN,
  startGradB: () => startGrad()[1] ?? NaN,
  /** One step of the recursion for the sample x = 0 at θ0: dg(1)/da, dg(1)/db, g(1), then dg(2)/da, dg(2)/db. */
  dga1: () => firstSample().dga[1] ?? NaN,
  dgb1: () => firstSample().dgb[1] ?? NaN,
  g1Sample: () => firstSample().g[1] ?? NaN,
  dga2: () => firstSample().dga[2] ?? NaN,
  dgb2: () => firstSample().dgb[2] ?? NaN,
  /** θ the article's run learns, and the truncated fixed point it approaches. */
  learnedA: () => learnedTheta()[0],
  learnedB: () => learnedTheta()[1],
  fixedPointA: () => fixedPoint()[0],
  fixedPointB: () => fixedPoint()[1],
  endT: () => last(articleRun()).T,
  /** The first update with T below 10⁻¹⁰. */
  tinyTAt: () => articleRun().history.findIndex((s) => s.T < 1e-10),
  /** θ after 2500 updates from a0 = 0.6: stuck on the clamp a = 0.5. */
  smallStartA: () => smallStart().theta[0] ?? NaN,
  smallStartB: () => smallStart().theta[1] ?? NaN,
  smallStartT: () => smallStart().T,
  /** With β = 0.02 the run reaches ∂T/∂θ ≈ 0 ("converged") within 2500 updates. */
  fastBetaStatus: () => fastRun().status,
  /** With β = 0.02, the first update with T below 10⁻¹⁰ (against tinyTAt at β = 0.005). */
  fastBetaTinyAt: () => fastRun().history.findIndex((s) => s.T < 1e-10),
  /** The share of the start distance 20 inner steps leave at a = 0.3 (c²⁰): the guess barely leaves y0. */
  leftAtSmallA: () => contraction(ALPHA, 0.3) ** 20,
});
