/** Lesson 9's numbers: what the clamp a ≥ 0.5 holds off (a slow inversion, a cycle, a second fit). */
import { contraction, stepsForAccuracy, train, type TrainingResult } from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, last, lazyFacts, once, tAt, truncatedRoots, verdict } from './facts/shared.ts';
import { ACCURACY } from './choosing-alpha-and-n.facts.ts';

const clampOn = once(() => train({ ...ARTICLE_TRAINING, theta0: [0.3, 0] }));
const clampOff = once(() => train({ ...ARTICLE_TRAINING, theta0: [0.3, 0], clamp: null }));
const clampOffArticle = once(() => train({ ...ARTICLE_TRAINING, clamp: null }));
/** With β = 0.001 the clamp-off start approaches the second root. */
const slowApproach = once(() =>
  train({ ...ARTICLE_TRAINING, theta0: [0.3, 0], clamp: null, beta: 0.001, epochs: 20000 }),
);
const minA = (r: TrainingResult) => Math.min(...r.history.map((h) => h.theta[0] ?? NaN));
const endA = (r: TrainingResult) => last(r).theta[0] ?? NaN;
const endB = (r: TrainingResult) => last(r).theta[1] ?? NaN;
/** The last two a of the clamp-off run: the two values its cycle alternates between. */
const offEnd = () => clampOff().history.slice(-2);
const roots = once(() => truncatedRoots(20));
/** The exact fit of the 20-step inverse with the smallest a, far from (2, −4). */
const second = once(() => roots().reduce((m, r) => (r.a < m.a ? r : m)));

export const facts = lazyFacts({
  /** Prediction: where a ends with the clamp on, from a0 = 0.3. */
  predictClampA: () => endA(clampOn()),
  /** c at a = 0.5 and α = 0.05, and the steps the inversion needs there (x = 0, b = −4, y0 = 0). */
  cSmall: () => contraction(ALPHA, 0.5),
  stepsSmall: () => stepsForAccuracy({ a: 0.5, b: -4, x: 0, y0: 0, alpha: ALPHA, tol: ACCURACY }),
  stepsArticle: () => stepsForAccuracy({ a: 2, b: -4, x: 0, y0: 0, alpha: ALPHA, tol: ACCURACY }),
  /** The fraction of the error one of the article's 20 steps removes at a = 0.5, and all 20 together. */
  left20Small: () => contraction(ALPHA, 0.5) ** 20,
  onA: () => endA(clampOn()),
  onB: () => endB(clampOn()),
  onT: () => last(clampOn()).T,
  offA: () => endA(clampOff()),
  offB: () => endB(clampOff()),
  offT: () => last(clampOff()).T,
  offMinA: () => minA(clampOff()),
  articleOffA: () => endA(clampOffArticle()),
  articleOffMinA: () => minA(clampOffArticle()),
  /** The classifier's verdict on the clamp-off run: 'oscillating' with period 2. */
  offKind: () => verdict(clampOff()).kind,
  offPeriod: () => verdict(clampOff()).period,
  /** The two values of a the cycle alternates between, and |∂T/∂a| there. */
  offLowA: () => Math.min(...offEnd().map((s) => s.theta[0] ?? NaN)),
  offHighA: () => Math.max(...offEnd().map((s) => s.theta[0] ?? NaN)),
  offGradA: () => Math.abs(offEnd()[1]?.grad[0] ?? NaN),
  /** Every exact fit of the 20-step inverse, and the second one, far from (2, −4). */
  roots,
  secondA: () => second().a,
  secondB: () => second().b,
  secondT: () => tAt([second().a, second().b]),
  slowA: () => endA(slowApproach()),
  slowB: () => endB(slowApproach()),
  slowT: () => last(slowApproach()).T,
  slowUpdates: () => slowApproach().history.length - 1,
  /** With the clamp on, a is held at 0.5 (classifier 'stuck', component a). */
  onKind: () => verdict(clampOn()).kind,
  onHeld: () => verdict(clampOn()).held ?? [],
});
