/** Lesson 5's numbers: the learned θ read the other way, as a generator x = a·y + b. */
import { contraction, evaluateModel, train } from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, last, lazyFacts, learnedTheta } from './facts/shared.ts';

const TRUTH = [2, -4];
/** |f_learned(y) − f_true(y)| for the article's learned θ. */
const gapAt = (y: number) => Math.abs(evaluateModel('linear', learnedTheta(), y) - evaluateModel('linear', TRUTH, y));

export const facts = lazyFacts({
  /** Prediction: at y = −3, outside the data, is the learned generator within 0.001 of the truth, off by 0.1 or more, or between? */
  predictGapOutside: () => (gapAt(-3) < 1e-3 ? 'close' : gapAt(-3) >= 0.1 ? 'off' : 'between'),
  /** The gap at y = −3 itself. */
  gapOutside: () => gapAt(-3),
  /** x the learned θ generates at y = 1, and the truth's x there (−2). */
  generatedAtOne: () => evaluateModel('linear', learnedTheta(), 1),
  truthAtOne: () => evaluateModel('linear', TRUTH, 1),
  /** x the truth generates at y = 2.5 (exercise: 1). */
  truthAtTwoHalf: () => evaluateModel('linear', TRUTH, 2.5),
  /** How far the learned generator is from the truth at y = 3 (outside the data). */
  generatedGapAtThree: () => gapAt(3),
  /** |f_learned(y) − f_true(y)| = 2cᴺ·|y − y0| (y0 = 2): the coefficient, and the gap at any y. */
  generatorGap: () => ({ coefficient: 2 * contraction(ALPHA, learnedTheta()[0]) ** 20, at: gapAt }),
  /** What θ after 100 updates generates at y = 1, against the truth's −2. */
  earlyGenerated: () => evaluateModel('linear', last(train({ ...ARTICLE_TRAINING, epochs: 100 })).theta, 1),
});
