/**
 * Lesson 6's numbers and listings: the corrected Python (listings/fixedPython.py) and the
 * TypeScript the site runs (listings/*.ts), imported whole; tests/unit/content hold each listing
 * to the solver's numbers.
 */
import fixedPython from './listings/fixedPython.py?raw';
import forward from './listings/forward.ts?raw';
import linearRecursion from './listings/linearRecursion.ts?raw';
import reverse from './listings/reverse.ts?raw';
import { inversionFrom, lastIterate, lazyFacts, learnedTheta } from './facts/shared.ts';

/** θ as the article prints it after its own run (random a0, inner start left by the inversion cell). */
export const ARTICLE_PRINTED = { a: 1.9999268051752905, b: -3.9998536215926457 };

/** The listings the lesson shows, as they are on disk. */
export const listings = { fixedPython, linearRecursion, forward, reverse };

/** The most decimals d ≤ 16 at which u and v round to the same number (0 when they differ in the units). */
function sharedDecimals(u: number, v: number): number {
  let d = 0;
  while (d < 16 && u.toFixed(d + 1) === v.toFixed(d + 1)) d++;
  return u.toFixed(0) === v.toFixed(0) ? d : 0;
}

export const facts = lazyFacts({
  /** g(3) from y0 = 0 (exercise). */
  g3FromZero: () => lastIterate(inversionFrom(0, 3)),
  /** θ the article's run learns. */
  learnedA: () => learnedTheta()[0],
  learnedB: () => learnedTheta()[1],
  /** How many decimals the article's printed a and b share with the course's run (both rounded). */
  printedAgree: () => ({
    a: sharedDecimals(learnedTheta()[0], ARTICLE_PRINTED.a),
    b: sharedDecimals(learnedTheta()[1], ARTICLE_PRINTED.b),
  }),
  /** How far the article's printed θ is from the course's run. */
  printedGap: () => ({
    a: Math.abs(learnedTheta()[0] - ARTICLE_PRINTED.a),
    b: Math.abs(learnedTheta()[1] - ARTICLE_PRINTED.b),
  }),
});
