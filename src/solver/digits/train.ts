/**
 * Training D through the N-step inversion with Adam, one record per update: D, T(D), the train
 * and test accuracy and the test confusion matrix at that D. Records hold copies, so stepping
 * back and forth through a run is exact. Stops with a message if an update makes the inversion
 * unstable (α ≥ 1/λ_max(DDᵀ)) or T not finite.
 */
import { CLASSES, type DigitSet } from './data.ts';
import { inversionMatrix, scoreMap } from './invert.ts';
import { type DigitsBatch, type ObjectiveValue, batchOf, objectiveFast, objectiveLiteral } from './objective.ts';
import { checkDigitsParams, digitsStability } from './params.ts';
import { f64At } from '../core/nth.ts';

// Local copies: an imported binding read in a hot loop is a property lookup under some module loaders.
const K = CLASSES;

/** Largest number of updates one run records. */
export const MAX_DIGIT_UPDATES = 2000;

export interface DigitsTrainParams {
  /** The starting dictionary (10 × 64, row-major); not modified. */
  d0: Float64Array;
  train: DigitSet;
  test: DigitSet;
  alpha: number;
  steps: number;
  /** Adam's learning rate β. */
  rate: number;
  updates: number;
  /** Which gradient: the fast 10 × 10 polynomial path (default) or the literal unrolled one. */
  path?: 'fast' | 'literal';
  /** Called after each update with the share of the run done (a worker reports progress with it). */
  progress?: (share: number) => void;
}

/** The state after `update` Adam updates (update 0 is the start). */
export interface DigitsUpdate {
  update: number;
  d: Float64Array;
  T: number;
  /** dT/dD at this D (10 × 64): the gradient the next Adam update uses. */
  grad: Float64Array;
  lambdaMax: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Test-set confusion matrix (row: true digit, column: predicted), 10 × 10. */
  confusion: Uint16Array;
}

export interface DigitsRun {
  records: DigitsUpdate[];
  /** Why the run stopped before `updates`, if it did. */
  stopped: string | null;
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

/** Checks the training parameters; throws a RangeError naming the one out of range. */
export function checkTrainParams(p: DigitsTrainParams): void {
  checkDigitsParams(p.d0, p.alpha, p.steps);
  if (!(Number.isFinite(p.rate) && p.rate > 0 && p.rate <= 1)) {
    throw new RangeError(`the learning rate β must be a number in (0, 1] (got ${p.rate})`);
  }
  if (!Number.isInteger(p.updates) || p.updates < 0 || p.updates > MAX_DIGIT_UPDATES) {
    throw new RangeError(
      `the number of updates must be a whole number from 0 to ${MAX_DIGIT_UPDATES} (got ${p.updates})`,
    );
  }
}

function recordAt(update: number, d: Float64Array, value: ObjectiveValue, p: DigitsTrainParams): DigitsUpdate {
  const m = inversionMatrix(d, p.alpha, p.steps);
  const test = scoreMap(m, p.test);
  return {
    update,
    d: Float64Array.from(d),
    T: value.T,
    grad: value.grad,
    lambdaMax: digitsStability(d, p.alpha).lambdaMax,
    trainAccuracy: scoreMap(m, p.train).accuracy,
    testAccuracy: test.accuracy,
    confusion: test.confusion,
  };
}

/** Runs `updates` Adam updates of D on the training set; `batch` may be passed to reuse XᵀX. */
export function trainDigits(p: DigitsTrainParams, batch: DigitsBatch = batchOf(p.train)): DigitsRun {
  checkTrainParams(p);
  const objective = p.path === 'literal' ? objectiveLiteral : objectiveFast;
  const d = Float64Array.from(p.d0);
  const first = new Float64Array(d.length);
  const second = new Float64Array(d.length);
  let value = objective(d, batch, p.alpha, p.steps);
  const records = [recordAt(0, d, value, p)];
  for (let t = 1; t <= p.updates; t++) {
    const g = value.grad;
    for (let j = 0; j < d.length; j++) {
      const gj = f64At(g, j);
      first[j] = BETA1 * f64At(first, j) + (1 - BETA1) * gj;
      second[j] = BETA2 * f64At(second, j) + (1 - BETA2) * gj * gj;
      const mHat = f64At(first, j) / (1 - BETA1 ** t);
      const sHat = f64At(second, j) / (1 - BETA2 ** t);
      d[j] = f64At(d, j) - (p.rate * mHat) / (Math.sqrt(sHat) + EPS);
    }
    const s = digitsStability(d, p.alpha);
    if (!s.stable) {
      const limit = Number(s.alphaLimit.toPrecision(4));
      return { records, stopped: `update ${t} made 1/λ_max(DDᵀ) = ${limit} ≤ α: the inversion would diverge` };
    }
    value = objective(d, batch, p.alpha, p.steps);
    if (!Number.isFinite(value.T)) return { records, stopped: `update ${t} made T not finite` };
    records.push(recordAt(t, d, value, p));
    p.progress?.(t / p.updates);
  }
  return { records, stopped: null };
}

/** The number of classes, re-exported for renderers that size the confusion matrix. */
export const DIGIT_CLASSES = K;
