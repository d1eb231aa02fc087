/**
 * Numbers the lessons quote, computed by the solver at build time, so prose and widgets never
 * disagree. Lessons import these instead of typing numbers; tests/unit/lib/facts.test.ts checks
 * them against closed forms.
 */
import { articleTraining, contraction, invert, train, truncatedTrainingFixedPoint } from '../solver/index.ts';

/** The article's training run: θ0 = (2.7, 0), inner y0 = 2, N = 20, M = 10, β = 0.005, 2500 updates, a ≥ 0.5. */
export const ARTICLE_TRAINING = articleTraining();

const articleRun = train(ARTICLE_TRAINING);
const learned = articleRun.history.at(-1)?.theta ?? [NaN, NaN];
const fixedPoint = truncatedTrainingFixedPoint({ alpha: 0.05, steps: 20, y0: 2 });

/** The article's inversion: a = 2, b = −4, x = 0, α = 0.05, N = 20, from y0 = 8. */
const articleInversion = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 8 });

export const facts = {
  /** θ the article's training run learns (≈ 1.99993, −3.99985). */
  learnedA: learned[0] as number,
  learnedB: learned[1] as number,
  /** The closed form a = 2(1 − c^N), b = −4 + 2c^N·y0 at N = 20. */
  fixedPointA: fixedPoint[0],
  fixedPointB: fixedPoint[1],
  /** Contraction c = 1 − 2αa² at the article's α = 0.05, a = 2 (0.6), and at α = 0.3 (−1.4). */
  cArticle: contraction(0.05, 2),
  cTooLarge: contraction(0.3, 2),
  /** g(20) of the article's inversion from y0 = 8. */
  inversionEnd: articleInversion.steps.at(-1)?.y as number,
  /** T at the start of the article's training run. */
  trainingStartT: articleRun.history[0]?.T as number,
};
