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
export * as dual from './dual.ts';
export type { Dual, Operand } from './dual.ts';
export { cubicModel, getModel, isLinear, linearModel, MODEL_NAMES, models, tanhModel } from './models.ts';
export type { Model, ModelName, Theta } from './models.ts';
export { genericKernel, kernelFor } from './lossKernel.ts';
export type { LossKernel } from './lossKernel.ts';
export { invert, invertSteps } from './invert.ts';
export type {
  InversionOutcome,
  InversionParams,
  InversionResult,
  InversionStep,
  Momentum,
  RunStatus,
} from './invert.ts';
export { DEFAULT_TOL } from './inversionParams.ts';
export { inversionRegime } from './regime.ts';
export { describeRun, divergenceWords, inversionBadgeWords, inversionWords } from './explainInversion.ts';
export type { DivergenceFinding, InversionBadgeWords, InversionFinding } from './explainInversion.ts';
export type { Regime, RegimeParams, RegimeReport } from './regime.ts';
export { stableLimit, stepFactor } from './stability.ts';
export type { StepFactor } from './stability.ts';
export { train, trainSteps } from './train.ts';
export type { TrainingOutcome, TrainingResult, TrainingStep } from './train.ts';
export { DEFAULT_FD_STEP, DEFAULT_TRAIN_TOL } from './trainParams.ts';
export type { Bounds, Dataset, GradientParams, InnerParams, Optimizer, TrainParams } from './trainParams.ts';
export { GRADIENT_METHODS } from './unroll.ts';
export type { GradientMethod } from './unroll.ts';
export { compareGradients, gradientAt } from './gradient.ts';
export type { GradientAtParams, GradientComparison, GradientReport, SampleGradient } from './gradient.ts';
export { stepInto, stepIntoAt } from './stepInto.ts';
export type { InnerStep, SampleDetail, UpdateDetail } from './stepInto.ts';
export { articleData, articleTraining, makeData, mixSeed } from './data.ts';
export type { MakeDataParams } from './data.ts';
export { landscape } from './landscape.ts';
export { landscapeCost, trainingCost } from './cost.ts';
export type { Cost, TrainingSize } from './cost.ts';
export type { Landscape, LandscapeParams } from './landscape.ts';
export {
  contraction,
  linearFixedPoint,
  linearIterate,
  stepsForAccuracy,
  truncatedTrainingFixedPoint,
} from './closedForms.ts';
export type { LinearTheta } from './closedForms.ts';
export { linearRecursion } from './linearRecursion.ts';
export type { LinearRecursion } from './linearRecursion.ts';
export { DIVERGENCE_BOUND, MAX_GRID, MAX_SAMPLES, MAX_STEPS } from './validate.ts';
export { fmt, fmtNear } from './format.ts';
export { evaluateModel, lossCurve, minimisers, modelCurve } from './curves.ts';
export type { CurvePoint } from './curves.ts';
export { SETTLED_SHARE, trainingTrend } from './progress.ts';
export type { InnerSetting, TrainingTrend, TrendReport } from './progress.ts';
export { classifyRun, PERIOD_MATCH, PLATEAU_SHARE } from './classify.ts';
export type { ClassifyOptions, RunClass, RunKind, RunPoint } from './classify.ts';
export { BEHAVIOUR_NAME, linearBehaviour, trendWords } from './explain.ts';
export type { LinearBehaviour, TrendContext, TrendWords } from './explain.ts';
export { digitsObjective } from './digits/digitsObjective.ts';
export type { DigitsObjectiveInput } from './digits/digitsObjective.ts';
export * as digits from './digits/index.ts';
