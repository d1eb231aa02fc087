/** Lesson 12's numbers: ∂T/∂θ four ways (forward, reverse, implicit, finite differences). */
import { articleData, compareGradients } from '../../src/solver/index.ts';
import { ALPHA, lazyFacts, once } from './facts/shared.ts';

const G_INNER = { alpha: ALPHA, steps: 20, y0: 2 };
/** The four gradients at θ(0) = (2.7, 0), the inner loop N = max(20, M), the derivative through M steps. */
const atStart = (M: number) =>
  compareGradients({
    model: 'linear',
    data: articleData(),
    theta: [2.7, 0],
    inner: { ...G_INNER, steps: Math.max(20, M) },
    gradientSteps: M,
  });
const M10 = once(() => atStart(10));
const M20 = once(() => atStart(20));
/** The number of significant digits u and v share. */
const digits = (u: number, v: number) => -Math.log10(Math.abs(u - v) / Math.abs(v));
/** Digits forward mode and finite differences share, per component, at M = 10 and M = 20. */
const fdDigits = once(() =>
  [M10(), M20()].flatMap((c) => [0, 1].map((j) => digits(c.finiteDifference[j] ?? NaN, c.forward[j] ?? NaN))),
);
/** Whether forward and implicit ∂T/∂a have the same sign through M steps. */
const signsAgree = (M: number) => {
  const c = atStart(M);
  return Math.sign(c.forward[0] ?? NaN) === Math.sign(c.implicit[0] ?? NaN);
};

export const facts = lazyFacts({
  /** Prediction: whether forward mode and the implicit formula give ∂T/∂a the same sign through M = 1 step. */
  predictSignM1: () => (signsAgree(1) ? 'same' : 'opposite'),
  atStart: () => ({ M10: M10(), M20: M20() }),
  /** ∂T/∂a by forward mode, by the implicit formula and by finite differences as M grows, at θ = (2.7, 0). */
  implicitGapTable: () =>
    [1, 2, 5, 10, 20].map((M) => {
      const g = atStart(M);
      return { M, forward: g.forward[0] ?? NaN, implicit: g.implicit[0] ?? NaN, fd: g.finiteDifference[0] ?? NaN };
    }),
  /** Forward and implicit ∂T/∂a: same sign at M = 1, opposite at M = 2. */
  signAgreesAt1: () => signsAgree(1),
  signAgreesAt2: () => signsAgree(2),
  /** Significant digits forward and finite differences share (least and most, both components, M = 10 and 20). */
  fdDigits: () => Math.min(...fdDigits()),
  fdDigitsMax: () => Math.max(...fdDigits()),
  /** The largest relative gap between forward mode and back-propagation (both components, M = 10 and 20). */
  reverseGap: () =>
    Math.max(
      ...[M10(), M20()].flatMap((c) =>
        [0, 1].map((j) => Math.abs((c.reverse[j] ?? NaN) - (c.forward[j] ?? NaN)) / Math.abs(c.forward[j] ?? NaN)),
      ),
    ),
  /** Digits implicit and forward share at M = 20. */
  implicitDigits20: () => digits(M20().implicit[0] ?? NaN, M20().forward[0] ?? NaN),
});
