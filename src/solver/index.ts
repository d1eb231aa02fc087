/**
 * Unrolled's numerical solver: pure TypeScript, no DOM, no prose. Widgets, the words layer,
 * lessons and tests import the numbers from here; src/words/index.ts turns them into sentences.
 *
 * - core/: models f_θ(y) over dual numbers, loss kernels, data, validation, optimizers
 * - inversion/: invert / invertSteps, prediction as an unrolled gradient-descent inversion
 * - training/: train / trainSteps, dh/dθ four ways (unroll), T and ∂T/∂θ (objective),
 *   gradientAt / compareGradients, stepInto, landscape
 * - analysis/: regimes, divergence findings, stability, run classes, trends, cost, curves
 * Types live in each folder's types.ts.
 */
export * as dual from './core/dual.ts';
export type { Dual, Operand } from './core/dual.ts';
export { cubicModel, getModel, isLinear, linearModel, MODEL_NAMES, models, tanhModel } from './core/models.ts';
export type { Dataset, LossKernel, Model, ModelName, Optimizer, Theta } from './core/types.ts';
export { genericKernel, kernelFor } from './core/lossKernel.ts';
export { invert, invertSteps } from './inversion/invert.ts';
export type {
  DivergenceFinding,
  InversionOutcome,
  InversionParams,
  InversionResult,
  InversionStep,
  Momentum,
  RunStatus,
} from './inversion/types.ts';
export { DEFAULT_TOL } from './inversion/inversionParams.ts';
export { inversionRegime, linearBehaviour } from './analysis/regime.ts';
export type {
  InversionFinding,
  LinearBehaviour,
  Regime,
  RegimeParams,
  RegimeReport,
  StepFactor,
  Where,
} from './analysis/types.ts';
export { stableLimit, stepFactor } from './analysis/stability.ts';
export { train, trainSteps } from './training/train.ts';
export { ADAM_DEFAULTS, DEFAULT_FD_STEP, DEFAULT_TRAIN_TOL } from './training/defaults.ts';
export { GRADIENT_METHODS } from './training/types.ts';
export type {
  Bounds,
  GradientAtParams,
  GradientComparison,
  GradientMethod,
  GradientParams,
  GradientReport,
  InnerParams,
  InnerStep,
  SampleDetail,
  SampleGradient,
  TrainingFailure,
  TrainingOutcome,
  TrainingResult,
  TrainingStep,
  TrainParams,
  UpdateDetail,
} from './training/types.ts';
export { compareGradients, gradientAt } from './training/gradientReport.ts';
export { stepInto, stepIntoAt } from './training/stepInto.ts';
export { articleData, articleTraining, makeData, mixSeed } from './core/data.ts';
export type { MakeDataParams } from './core/data.ts';
export { landscape } from './training/landscape.ts';
export type { Landscape, LandscapeParams } from './training/landscape.ts';
export { landscapeCost, trainingCost } from './analysis/cost.ts';
export type { Cost, TrainingSize } from './analysis/cost.ts';
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
export { evaluateModel, lossCurve, minimisers, modelCurve } from './analysis/curves.ts';
export type { CurvePoint } from './analysis/curves.ts';
export { SETTLED_SHARE, trainingTrend } from './analysis/progress.ts';
export type { InnerSetting, TrainingTrend, TrendReport } from './analysis/types.ts';
export { classifyRun, PERIOD_MATCH, PLATEAU_SHARE } from './analysis/classify.ts';
export type { ClassifyOptions, RunClass, RunKind, RunPoint } from './analysis/types.ts';
export * from './research/index.ts';
export { digitsObjective } from './digits/digitsObjective.ts';
export type { DigitsObjectiveInput } from './digits/digitsObjective.ts';
export * as digits from './digits/index.ts';
