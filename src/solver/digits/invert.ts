/**
 * Prediction for the digits: the class weights y ∈ ℝ¹⁰ of an image x ∈ ℝ⁶⁴ by gradient descent
 * on L(y) = ‖x − Dᵀy‖², from y₀ = 0:
 *
 *   y_{n+1} = y_n − α·∂L/∂y = y_n − 2α(DDᵀy_n − Dx).
 *
 * The class is the largest weight. The weights are not probabilities: nothing makes them sum to
 * one or stay in [0, 1]. Because f_D(y) = Dᵀy is linear, y_N = M_N x with the 10 × 64 matrix
 * M_N = P_N D, where P_{n+1} = P_n − 2α(GP_n − I), P₀ = 0, G = DDᵀ — a 10 × 10 matrix polynomial
 * in G. {@link inversionMatrix} computes it once, and a whole data set is then one product.
 */
import { CLASSES, PIXELS, type DigitSet } from './data.ts';
import { gram, matmul, matmulTB, solveSpd } from './linalg.ts';
import { checkDigitsParams } from './params.ts';
import { f64At, nth } from '../core/nth.ts';

// Local copies: an imported binding read in a hot loop is a property lookup under some module loaders.
const K = CLASSES;
const P = PIXELS;

/** One inner step for one image: y_n, the reconstruction Dᵀy_n, the loss L_n = ‖x − Dᵀy_n‖². */
export interface DigitStep {
  n: number;
  y: Float64Array;
  reconstruction: Float64Array;
  loss: number;
}

/** The N + 1 records (n = 0..N) of inverting the one image `x` under D. */
export function invertDigit(d: Float64Array, x: Float64Array, alpha: number, steps: number): DigitStep[] {
  checkDigitsParams(d, alpha, steps);
  const g = gram(d);
  const dx = matmul(d, x, K, P, 1);
  const record = (n: number, y: Float64Array): DigitStep => {
    const reconstruction = matmul(y, d, 1, K, P);
    const loss = reconstruction.reduce((s, r, p) => s + (f64At(x, p) - r) ** 2, 0);
    return { n, y, reconstruction, loss };
  };
  const out = [record(0, new Float64Array(K))];
  for (let n = 0; n < steps; n++) {
    const y = nth(out, n).y;
    const gy = matmul(g, y, K, K, 1);
    out.push(
      record(
        n + 1,
        y.map((yi, k) => yi - 2 * alpha * (f64At(gy, k) - f64At(dx, k))),
      ),
    );
  }
  return out;
}

/** P_N(G) with P₀ = 0, P_{n+1} = P_n − 2α(GP_n − I): y_N = P_N D x. Unchecked; see {@link inversionMatrix}. */
export function stepPolynomial(g: Float64Array, alpha: number, steps: number): Float64Array[] {
  const ps = [new Float64Array(K * K)];
  for (let n = 0; n < steps; n++) {
    const p = nth(ps, n);
    const gp = matmul(g, p, K, K, K);
    const next = p.map((v, i) => v - 2 * alpha * f64At(gp, i));
    for (let k = 0; k < K; k++) next[k * K + k] = f64At(next, k * K + k) + 2 * alpha;
    ps.push(next);
  }
  return ps;
}

/** M_N = P_N D (10 × 64): the N-step inversion as one linear map, y_N = M_N x. */
export function inversionMatrix(d: Float64Array, alpha: number, steps: number): Float64Array {
  checkDigitsParams(d, alpha, steps);
  return matmul(nth(stepPolynomial(gram(d), alpha, steps), steps), d, K, K, P);
}

/** The exact minimiser of L as a map, M_∞ = (DDᵀ)⁻¹D (the limit N → ∞ for a stable α). */
export function exactInverseMatrix(d: Float64Array): Float64Array {
  return solveSpd(gram(d), d, K, P);
}

/** The weights H = X Mᵀ (count × 10) of every image of `set` under the linear map `m`. */
export function weightsOf(m: Float64Array, set: DigitSet): Float64Array {
  return matmulTB(set.x, m, set.count, P, K);
}

/** The class of each row of `h` (count × 10): the index of its largest weight. */
export function classesOf(h: Float64Array): Uint8Array {
  const count = h.length / K;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (f64At(h, i * K + k) > f64At(h, i * K + best)) best = k;
    out[i] = best;
  }
  return out;
}

/** How `set` is classified by `m`: accuracy and the 10 × 10 confusion matrix (row: true digit, column: predicted). */
export function scoreMap(m: Float64Array, set: DigitSet): { accuracy: number; confusion: Uint16Array } {
  const predicted = classesOf(weightsOf(m, set));
  const confusion = new Uint16Array(K * K);
  let right = 0;
  predicted.forEach((c, i) => {
    const truth = nth(set.labels, i);
    confusion[truth * K + c] = nth(confusion, truth * K + c) + 1;
    if (c === truth) right++;
  });
  return { accuracy: right / set.count, confusion };
}
