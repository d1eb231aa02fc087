/**
 * The words layer: numbers from src/solver turned into sentences. Widgets, lesson facts and
 * tests take every sentence about a run, every badge and every formatted number from here; the
 * solver writes no prose and the renderers compose none of their own about regimes or failures.
 *
 * - format.ts: the one number formatter (formatValue, formatNear, formatFixed, formatSig, paren)
 * - clauses.ts: clauses shared by several sentences, each written once
 * - explainInversion.ts: regimes, divergence reasons, the inversion badge, a run's summary
 * - explainTraining.ts: the training badge and why a training run diverged
 */
export { formatFixed, formatNear, formatSig, formatValue, NONE, paren } from './format.ts';
export { answerOutOfBounds, BEHAVIOUR_NAME, unstableFactorClause } from './clauses.ts';
export {
  describeRun,
  divergenceWords,
  inversionBadgeWords,
  inversionReason,
  inversionWords,
  momentumPhrase,
  regimeReason,
} from './explainInversion.ts';
export type { InversionBadgeWords } from './explainInversion.ts';
export { trainingFailureWords, trainingReason, trendWords } from './explainTraining.ts';
export type { TrendContext, TrendWords } from './explainTraining.ts';
