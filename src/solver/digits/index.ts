/** Digits: batched inversion and training of a 10 × 64 dictionary D over typed arrays. */
export { CLASSES, classMeans, DigitsFileError, firstExamples, MAX_PIXEL, oneHot, parseDigits, PIXELS } from './data.ts';
export type { Digits, DigitSet } from './data.ts';
export { gram, largestEigenvalue, symmetricEigenvalues } from './linalg.ts';
export { checkDigitsParams, digitsStability, MAX_DIGIT_STEPS } from './params.ts';
export type { DigitsStability } from './params.ts';
export {
  classesOf,
  exactInverseMatrix,
  invertDigit,
  inversionMatrix,
  scoreMap,
  stepPolynomial,
  weightsOf,
} from './invert.ts';
export type { DigitStep } from './invert.ts';
export { batchOf, directionalLiteral, makeBatch, objectiveFast, objectiveLiteral } from './objective.ts';
export type { DigitsBatch, ObjectiveValue, SweepState } from './objective.ts';
export { digitsSweep, largestEntry } from './sweep.ts';
export type { DigitsSweep, SweepRecord } from './sweep.ts';
export { checkTrainParams, MAX_DIGIT_UPDATES, trainDigits } from './train.ts';
export type { DigitsRun, DigitsTrainParams, DigitsUpdate } from './train.ts';
export { leastSquaresAccuracy, leastSquaresScore, leastSquaresT, leastSquaresWeights } from './leastSquares.ts';
export { digitsObjective } from './digitsObjective.ts';
export type { DigitsObjectiveInput } from './digitsObjective.ts';
export { DIGITS_PRESET } from './presets.ts';
export type { DigitsSample } from './objective.ts';
