/** Lesson 2's numbers: the article's inversion, its contraction c = 1 − 2αa² and its accuracy. */
import { contraction, invert, stepsForAccuracy } from '../../src/solver/index.ts';
import { ALPHA, inversionFrom, lastIterate, lazyFacts, once } from './facts/shared.ts';

const fromZero = once(() => inversionFrom(0, 3).steps);
const fromEight = once(() => inversionFrom(8));
const at = (n: number) => fromZero()[n] ?? { y: NaN, grad: NaN, loss: NaN };

/** |g(20) − 2| of the article's inversion (a = 2, b = −4, x = 0) from y0 at step α. */
const error20 = (y0: number, alpha = ALPHA) =>
  Math.abs(lastIterate(invert({ model: 'linear', theta: [2, -4], x: 0, alpha, steps: 20, y0 })) - 2);

export const facts = lazyFacts({
  /** Prediction: g(1) from y0 = 8, one step of the article's descent (5.6). */
  predictG1: () => inversionFrom(8, 1).steps[1]?.y ?? NaN,
  /** ∂L/∂y at y = 0 (x = 0): −2(0 − (−4))·2 = −16. */
  gradAtZero: () => at(0).grad,
  /** g(1) and g(2) from g(0) = 0: 0.8 and 1.28. */
  g1FromZero: () => at(1).y,
  g2FromZero: () => at(2).y,
  /** L at y = 0 (16) and at g(1) (5.76). */
  lossAtZero: () => at(0).loss,
  lossAtG1: () => at(1).loss,
  /** c = 1 − 2αa² at α = 0.05 (0.6), 0.2 (−0.6), 0.125 (0), 0.3 (−1.4), 0.01. */
  c: () => contraction(ALPHA, 2),
  cOscillating: () => contraction(0.2, 2),
  cOneStep: () => contraction(0.125, 2),
  cTooLarge: () => contraction(0.3, 2),
  cSlow: () => contraction(0.01, 2),
  /** α at which |c| reaches 1 for a = 2: 1/a² = 0.25. */
  alphaLimit: () => 1 / (2 * 2),
  /** |g(0) − y*| from y0 = 8 (6). */
  firstError: () => Math.abs((fromEight().steps[0]?.y ?? NaN) - 2),
  /** g(20) from y0 = 8 and its distance to y* = 2 (6·0.6²⁰). */
  g20FromEight: () => lastIterate(fromEight()),
  error20FromEight: () => Math.abs(lastIterate(fromEight()) - 2),
  /** Steps from y0 = 8 until |g(n) − y*| ≤ 10⁻⁶. */
  stepsToMicro: () => stepsForAccuracy({ alpha: ALPHA, a: 2, b: -4, x: 0, y0: 8, tol: 1e-6 }),
  /** The largest |g(20) − 2| over starts y0 in [−10, 10] (the farthest start decides it). */
  randomStartWorst: () => Math.max(...[-10, 10].map((y0) => error20(y0))),
  /** |g(20) − y*| from y0 = 8 at α = 0.01: 20 steps are not nearly enough. */
  slowAlphaError: () => error20(8, 0.01),
});
