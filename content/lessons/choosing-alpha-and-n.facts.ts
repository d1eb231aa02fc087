/** Lesson 7's numbers: how α sets the contraction c = 1 − 2αa², and N the accuracy. */
import { contraction, invert, linearBehaviour, linearFixedPoint, stepsForAccuracy } from '../../src/solver/index.ts';
import { BEHAVIOUR_NAME } from '../../src/words/index.ts';
import { ALPHA, lazyFacts, once } from './facts/shared.ts';

/** The article's inversion: a = 2, b = −4, x = 0 (y* = 2), from y0 = 8. */
const INV = { a: 2, b: -4, x: 0, y0: 8 };
/** Tolerance for "accurate": |g(N) − y*| ≤ 10⁻⁶. */
export const ACCURACY = 1e-6;
/** The step sizes the lesson tabulates. */
export const ALPHAS = [0.01, 0.05, 0.1, 0.125, 0.2, 0.24, 0.25, 0.3];

const inversionAt = (alpha: number) =>
  invert({ model: 'linear', theta: [INV.a, INV.b], x: INV.x, alpha, steps: 20, y0: INV.y0 });
const largeInv = once(() => inversionAt(0.3));
const stepsTo = (tol: number, alpha = ALPHA) => stepsForAccuracy({ ...INV, alpha, tol });

export const facts = lazyFacts({
  /** Prediction: the behaviour of the inversion at α = 0.3 (c = 1 − 2αa² with a = 2). */
  predictRegime03: () => linearBehaviour(contraction(0.3, INV.a)),
  /** Per α: c, its regime name and the steps to 10⁻⁶ from y0 = 8. */
  alphaTable: () =>
    ALPHAS.map((alpha) => {
      const c = contraction(alpha, INV.a);
      return { alpha, c, regime: BEHAVIOUR_NAME[linearBehaviour(c)], steps: stepsTo(ACCURACY, alpha) };
    }),
  c005: () => contraction(0.05, 2),
  c03: () => contraction(0.3, 2),
  c02: () => contraction(0.2, 2),
  /** α·a² < 1 is the stable range: α < 1/a² = 0.25 at a = 2. */
  alphaLimit: () => 1 / (INV.a * INV.a),
  /** c = 0 at α = 1/(2a²) = 0.125: one step lands on y*. */
  alphaBest: () => 1 / (2 * INV.a * INV.a),
  /** |g(20) − y*| of the article's inversion. */
  error20: () => Math.abs((inversionAt(ALPHA).steps.at(-1)?.y ?? NaN) - 2),
  /** |g(0) − y*| from y0 = 8: the first error (6). */
  firstError: () => Math.abs(INV.y0 - linearFixedPoint(INV)),
  /** Steps to 10⁻³, 10⁻⁶, 10⁻¹² at α = 0.05 from y0 = 8. */
  steps3: () => stepsTo(1e-3),
  steps6: () => stepsTo(1e-6),
  steps12: () => stepsTo(1e-12),
  /** The step at which α = 0.3 leaves the solver's bounds, and g(1), g(2) of that run. */
  divergedAt: () => largeInv().divergedAt ?? Infinity,
  large1: () => largeInv().steps[1]?.y ?? NaN,
  large2: () => largeInv().steps[2]?.y ?? NaN,
  /** Exercise: steps α = 0.1 needs for 10⁻⁶ from y0 = 8. */
  exerciseSteps: () => stepsTo(1e-6, 0.1),
  /** The largest |a| for which the article's α keeps the inner loop converging (c = 1 − 2αa² > −1). */
  stableAMax: () => Math.sqrt(1 / ALPHA),
});
