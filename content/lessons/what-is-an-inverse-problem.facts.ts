/** Lesson 1's numbers: the exact inverse y* = (x − b)/a and the cubic's several causes. */
import { invert, linearFixedPoint } from '../../src/solver/index.ts';
import { inversionFrom, lastIterate, lazyFacts } from './facts/shared.ts';

/** The cubic f(y) = y³ − 3y at x = 0 (causes −√3, 0, √3), α = 0.01, 100 steps, from y0. */
const cubicFrom = (y0: number) =>
  lastIterate(invert({ model: 'cubic', theta: [1, -3], x: 0, alpha: 0.01, steps: 100, y0 }));

export const facts = lazyFacts({
  /** Prediction: where 20 steps from y0 = 8 end at x = 0 (2 + 6·0.6²⁰). */
  predictEnd: () => lastIterate(inversionFrom(8, 20, 0)),
  /** y* = (x − b)/a at x = 0: the cause the inversion should find (2). */
  yStar: () => linearFixedPoint({ a: 2, b: -4, x: 0 }),
  /** The prediction's first gap |y0 − y*| = |8 − 2|, which every step shrinks by the same share. */
  firstGap: () => Math.abs(8 - linearFixedPoint({ a: 2, b: -4, x: 0 })),
  /** y* for the observation x = 6 (exercise). */
  yStarSix: () => linearFixedPoint({ a: 2, b: -4, x: 6 }),
  /** g(20) from y0 = 8 for x = 6: 5 + 3·0.6²⁰. */
  g20Six: () => lastIterate(inversionFrom(8, 20, 6)),
  /** From y0 = 2 the cubic run finds √3. */
  cubicFromTwo: () => cubicFrom(2),
  /** From y0 = −2 it finds the mirror image −√3. */
  cubicFromMinusTwo: () => cubicFrom(-2),
});
