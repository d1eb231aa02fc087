/**
 * Clauses shared by the inversion's and the training's sentences, each written once: the
 * unstable factor "α·a² > 1 … c = 1 − 2αa²", an answer outside the bounds, and the table word
 * for each linear behaviour.
 */
import type { LinearBehaviour } from '../solver/analysis/types.ts';
import { DIVERGENCE_BOUND } from '../solver/core/validate.ts';
import { formatNear, formatValue } from './format.ts';

/** The table word for a behaviour (lesson 7's regime column). */
export const BEHAVIOUR_NAME: Record<LinearBehaviour, string> = {
  'one-step': 'one step',
  monotone: 'monotone',
  oscillating: 'oscillating',
  cycling: '2-cycle (bounded, never converges)',
  diverging: 'diverging',
  frozen: 'no move',
};

/** "α·a² = 1.2 ≥ 1, so each step multiplies the error y − y* by c = 1 − 2αa² = −1.4 (|c| > 1)". */
export function unstableFactorClause(alpha: number, a: number): string {
  const aa = alpha * a * a;
  const c = 1 - 2 * aa;
  return `α·a² = ${formatNear(aa, 1)} > 1, so each step multiplies the error y − y* by c = 1 − 2αa² = ${formatNear(c, -1)} (|c| > 1)`;
}

/** The sentence for an inversion that left the bounds because its answer lies outside them. */
export function answerOutOfBounds(yStar: number, c: number, n?: number): string {
  const leaves = n === undefined ? 'must leave them on the way' : `leaves them at step ${n}`;
  return `The answer y* = (x − b)/a = ${formatValue(yStar)} lies outside the solver's bounds ±${formatValue(DIVERGENCE_BOUND)}: the iterate heads for it steadily (c = ${formatNear(c, 1)}, a stable step) and ${leaves}. Nothing is unstable; bring x closer to b, so that |x − b| ≤ ${formatValue(DIVERGENCE_BOUND)}·|a|.`;
}

/** A digit with its article, as it is read aloud: "a 3", "an 8". */
export function aDigit(d: number): string {
  return `${d === 8 ? 'an' : 'a'} ${d}`;
}
