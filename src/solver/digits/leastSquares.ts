/**
 * The least-squares linear classifier, the honest yardstick for the trained inversion: weights
 * W minimising Σᵢ ‖tᵢ − Wᵀ[xᵢ; 1]‖² (with a bias), or Σᵢ ‖tᵢ − Mxᵢ‖² (without). Pixels that are
 * zero in every training image make XᵀX singular; a ridge of 1e-8·trace/65 picks the solution
 * that gives them weight ≈ 0, as the minimum-norm least-squares solution does.
 */
import { CLASSES, PIXELS, type DigitSet, oneHot } from './data.ts';
import { classesOf, scoreMap } from './invert.ts';
import { matmul, matmulTA, solveSpd } from './linalg.ts';
import { f64At } from '../core/nth.ts';

// Local copies: an imported binding read in a hot loop is a property lookup under some module loaders.
const K = CLASSES;
const P = PIXELS;

function withBias(set: DigitSet, bias: boolean): { a: Float64Array; cols: number } {
  if (!bias) return { a: set.x, cols: P };
  const cols = P + 1;
  const a = new Float64Array(set.count * cols);
  for (let i = 0; i < set.count; i++) {
    a.set(set.x.subarray(i * P, (i + 1) * P), i * cols);
    a[i * cols + P] = 1;
  }
  return { a, cols };
}

/** W ((64 [+1]) × 10) of the least-squares fit of one-hot targets on `train`. */
export function leastSquaresWeights(train: DigitSet, bias: boolean): Float64Array {
  const { a, cols } = withBias(train, bias);
  const ata = matmulTA(a, a, train.count, cols, cols);
  let trace = 0;
  for (let i = 0; i < cols; i++) trace += f64At(ata, i * cols + i);
  for (let i = 0; i < cols; i++) ata[i * cols + i] = f64At(ata, i * cols + i) + (1e-8 * trace) / cols;
  return solveSpd(ata, matmulTA(a, oneHot(train.labels), train.count, cols, K), cols, K);
}

/** The fraction of `set` the least-squares weights `w` classify right. */
export function leastSquaresAccuracy(w: Float64Array, set: DigitSet, bias: boolean): number {
  const { a, cols } = withBias(set, bias);
  const predicted = classesOf(matmul(a, w, set.count, cols, K));
  return predicted.reduce((s, c, i) => s + (c === set.labels[i] ? 1 : 0), 0) / set.count;
}

/** Σᵢ ‖tᵢ − Wᵀxᵢ‖² on `set` (no bias): the smallest T any linear map x ↦ Mx reaches on the training set. */
export function leastSquaresT(w: Float64Array, set: DigitSet): number {
  const h = matmul(set.x, w, set.count, P, K);
  const t = oneHot(set.labels);
  return h.reduce((s, v, i) => s + (f64At(t, i) - v) ** 2, 0);
}

/** The confusion matrix and accuracy of the no-bias weights as a map M = Wᵀ, like {@link scoreMap}. */
export function leastSquaresScore(w: Float64Array, set: DigitSet): ReturnType<typeof scoreMap> {
  const m = new Float64Array(K * P);
  for (let p = 0; p < P; p++) for (let k = 0; k < K; k++) m[k * P + p] = f64At(w, p * K + k);
  return scoreMap(m, set);
}
