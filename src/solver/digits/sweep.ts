/**
 * Inside one training update of D: the literal unrolled path's records for one chosen training
 * image — its stored inner steps y₀ … y_N, then the reverse sweep from n = N back to 0 with its
 * adjoint ȳ_n and the gradient accumulating, for the whole batch and for this image's own part.
 * At n = 0 the batch's accumulated gradient is dT/dD itself (the tests hold it to 1e-9).
 */
import { CLASSES, PIXELS, type DigitSet, oneHot } from './data.ts';
import { gradOf, objectiveLiteral, type SweepState } from './objective.ts';
import { checkDigitsParams } from './params.ts';
import { f64At, nth } from '../core/nth.ts';

const K = CLASSES;
const P = PIXELS;

/** The sweep holding ȳ_n (n from N down to 0). */
export interface SweepRecord {
  n: number;
  /** The chosen image's adjoint ∂T/∂y_n (10). */
  yBar: Float64Array;
  /** dT/dD from steps N … n+1 over the whole batch (10 × 64); zero at n = N, dT/dD at n = 0. */
  grad: Float64Array;
  /** The chosen image's part of `grad` (10 × 64). */
  imageGrad: Float64Array;
}

export interface DigitsSweep {
  /** The chosen image's index in the training set (0-based) and its label. */
  image: number;
  label: number;
  /** The chosen image's pixels (64). */
  x: Float64Array;
  T: number;
  /** The chosen image's stored inner steps y₀ … y_N (10 each). */
  ys: Float64Array[];
  /** The reverse sweep, n = N, N − 1, …, 0. */
  sweep: SweepRecord[];
}

const rowOf = (a: Float64Array, i: number): Float64Array => a.slice(i * K, (i + 1) * K);

/** The records of one update at D over `set` (one-hot targets), the image `image` (0-based) chosen. */
export function digitsSweep(d: Float64Array, set: DigitSet, alpha: number, steps: number, image: number): DigitsSweep {
  checkDigitsParams(d, alpha, steps);
  if (!Number.isInteger(image) || image < 0 || image >= set.count) {
    throw new RangeError(`the image must be a whole number from 1 to ${set.count} (got ${image + 1})`);
  }
  const batch = { count: set.count, x: set.x, targets: oneHot(set.labels) };
  const x = set.x.subarray(image * P, (image + 1) * P);
  // The image's own Ḡ: Σ over the steps back so far of −2α·y_{n}ᵢ ⊗ ȳ_{n+1}ᵢ (the batch's Ḡ sums it over i).
  const gBarImage = new Float64Array(K * K);
  let ys: Float64Array[] = [];
  const sweep: SweepRecord[] = [];
  const watch = (state: SweepState) => {
    if (ys.length === 0) ys = state.ys.map((y) => rowOf(y, image));
    const prev = sweep.at(-1);
    if (prev) {
      const y = nth(ys, state.n);
      for (let j = 0; j < K; j++)
        for (let k = 0; k < K; k++)
          gBarImage[j * K + k] = f64At(gBarImage, j * K + k) - 2 * alpha * f64At(y, j) * f64At(prev.yBar, k);
    }
    sweep.push({
      n: state.n,
      yBar: rowOf(state.yBar, image),
      grad: gradOf(state.driveBar, state.gBar, set.x, d, alpha),
      imageGrad: gradOf(rowOf(state.driveBar, image), gBarImage, x, d, alpha),
    });
  };
  const { T } = objectiveLiteral(d, batch, alpha, steps, watch);
  return { image, label: nth(set.labels, image), x: Float64Array.from(x), T, ys, sweep };
}

/** The entry of `grad` (10 × 64) largest in size: its row (digit), pixel and value. */
export function largestEntry(grad: ArrayLike<number>): { row: number; pixel: number; value: number } {
  let best = 0;
  for (let i = 1; i < grad.length; i++) if (Math.abs(nth(grad, i)) > Math.abs(nth(grad, best))) best = i;
  return { row: Math.floor(best / P), pixel: best % P, value: nth(grad, best) };
}
