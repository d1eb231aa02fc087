/**
 * Unrolled's numerical solver: pure TypeScript, no DOM. Widgets import from
 * here only.
 *
 * - models: f_θ(y) written once over dual numbers (dual.ts)
 * - invert / invertSteps: prediction as an unrolled gradient-descent inversion
 * - train / trainSteps: fitting θ through the unrolled inversion
 * - gradientAt / compareGradients: dh/dθ forward, reverse, implicit, finite differences
 * - stepInto: the inside of one training update
 * - landscape: T(a, b) on a grid; closed forms for the linear model
 */
export * as dual from './core/dual.ts';
export type { Dual, Operand } from './core/dual.ts';
export { cubicModel, getModel, isLinear, linearModel, MODEL_NAMES, models, tanhModel } from './core/models.ts';
export type { Model, ModelName, Theta } from './core/models.ts';
export { genericKernel, kernelFor } from './core/lossKernel.ts';
export type { LossKernel } from './core/lossKernel.ts';
export { invert, invertSteps } from './inversion/invert.ts';
export type {
  InversionOutcome,
  InversionParams,
  InversionResult,
  InversionStep,
  Momentum,
  RunStatus,
} from './inversion/invert.ts';
export { DEFAULT_TOL } from './inversion/inversionParams.ts';
export { inversionRegime } from './analysis/regime.ts';
export { describeRun, divergenceWords, inversionBadgeWords, inversionWords } from '../words/explainInversion.ts';
export type { DivergenceFinding, InversionBadgeWords, InversionFinding } from '../words/explainInversion.ts';
export type { Regime, RegimeParams, RegimeReport } from './analysis/regime.ts';
export { stableLimit, stepFactor } from './analysis/stability.ts';
export type { StepFactor } from './analysis/stability.ts';
export { train, trainSteps } from './training/train.ts';
export type { TrainingOutcome, TrainingResult, TrainingStep } from './training/train.ts';
export { DEFAULT_FD_STEP, DEFAULT_TRAIN_TOL } from './training/trainParams.ts';
export type { Bounds, Dataset, GradientParams, InnerParams, Optimizer, TrainParams } from './training/trainParams.ts';
export { GRADIENT_METHODS } from './training/unroll.ts';
export type { GradientMethod } from './training/unroll.ts';
export { compareGradients, gradientAt } from './training/gradient.ts';
export type { GradientAtParams, GradientComparison, GradientReport, SampleGradient } from './training/gradient.ts';
export { stepInto, stepIntoAt } from './training/stepInto.ts';
export type { InnerStep, SampleDetail, UpdateDetail } from './training/stepInto.ts';
export { articleData, articleTraining, makeData, mixSeed } from './core/data.ts';
export type { MakeDataParams } from './core/data.ts';
export { landscape } from './training/landscape.ts';
export { landscapeCost, trainingCost } from './analysis/cost.ts';
export type { Cost, TrainingSize } from './analysis/cost.ts';
export type { Landscape, LandscapeParams } from './training/landscape.ts';
export {
  contraction,
  linearFixedPoint,
  linearIterate,
  stepsForAccuracy,
  truncatedTrainingFixedPoint,
} from './inversion/closedForms.ts';
export type { LinearTheta } from './inversion/closedForms.ts';
export { linearRecursion } from './inversion/linearRecursion.ts';
export type { LinearRecursion } from './inversion/linearRecursion.ts';
export { DIVERGENCE_BOUND, MAX_GRID, MAX_SAMPLES, MAX_STEPS } from './core/validate.ts';
export { fmt, fmtNear } from '../words/sentenceFormat.ts';
export { evaluateModel, lossCurve, minimisers, modelCurve } from './analysis/curves.ts';
export type { CurvePoint } from './analysis/curves.ts';
export { SETTLED_SHARE, trainingTrend } from './analysis/progress.ts';
export type { InnerSetting, TrainingTrend, TrendReport } from './analysis/progress.ts';
export { classifyRun, PERIOD_MATCH, PLATEAU_SHARE } from './analysis/classify.ts';
export type { ClassifyOptions, RunClass, RunKind, RunPoint } from './analysis/classify.ts';
export { BEHAVIOUR_NAME, linearBehaviour, trendWords } from '../words/explain.ts';
export type { LinearBehaviour, TrendContext, TrendWords } from '../words/explain.ts';
export { digitsObjective } from './digits/digitsObjective.ts';
export type { DigitsObjectiveInput } from './digits/digitsObjective.ts';
export * as digits from './digits/index.ts';
