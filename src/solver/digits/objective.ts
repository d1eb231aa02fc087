/**
 * Training D: T(D) = Σᵢ ‖tᵢ − h_D(xᵢ)‖² with one-hot tᵢ and h_D(x) = y_N, the N-step inversion
 * from y₀ = 0, and its gradient dT/dD (10 × 64) in two ways that must agree:
 *
 * - literal: every image's N inner steps, batched (Y_{n+1} = Y_n(I − 2αG) + 2αXDᵀ, rows are
 *   images), all stored, then one reverse sweep back through them (back-propagation);
 * - fast: for a linear f the N steps are the 10 × 10 polynomial P_N(G) and the data enter only
 *   through XᵀX and TᵀX, computed once; the reverse sweep runs over the P_n, not the images.
 *
 * {@link directionalLiteral} is forward mode (one tangent through the same steps), for the tests.
 */
import { CLASSES, PIXELS, type DigitSet, oneHot } from './data.ts';
import { gram, matmul, matmulTA, matmulTB } from './linalg.ts';
import { stepPolynomial } from './invert.ts';
import { f64At, nth } from '../core/nth.ts';

// Local copies: an imported binding read in a hot loop is a property lookup under some module loaders.
const K = CLASSES;
const P = PIXELS;

/** Images (count × 64) and their targets (count × 10): all the literal path needs. */
export interface DigitsSample {
  count: number;
  x: Float64Array;
  targets: Float64Array;
}

/** A sample with the products the fast path needs. */
export interface DigitsBatch extends DigitsSample {
  /** XᵀX (64 × 64). */
  xtx: Float64Array;
  /** TᵀX (10 × 64). */
  ttx: Float64Array;
  /** ‖T‖² (the number of images for one-hot targets). */
  tt: number;
}

/** The batch of `x` (count × 64) with `targets` (count × 10). */
export function makeBatch(x: Float64Array, targets: Float64Array): DigitsBatch {
  const count = x.length / P;
  return {
    count,
    x,
    targets,
    xtx: matmulTA(x, x, count, P, P),
    ttx: matmulTA(targets, x, count, K, P),
    tt: targets.reduce((s, t) => s + t * t, 0),
  };
}

/** The batch of a digit set with one-hot targets. */
export function batchOf(set: DigitSet): DigitsBatch {
  return makeBatch(set.x, oneHot(set.labels));
}

/** T(D) and dT/dD (10 × 64, row-major). */
export interface ObjectiveValue {
  T: number;
  grad: Float64Array;
}

const identityMinus = (g: Float64Array, alpha: number): Float64Array => {
  const a = g.map((v) => -2 * alpha * v);
  for (let k = 0; k < K; k++) a[k * K + k] = f64At(a, k * K + k) + 1;
  return a;
};

/** Adds (Ḡ + Ḡᵀ)D, the part of dT/dD that flows through G = DDᵀ, to `grad`. */
function addThroughGram(grad: Float64Array, gBar: Float64Array, d: Float64Array): void {
  const sym = gBar.map((v, i) => v + f64At(gBar, (i % K) * K + Math.floor(i / K)));
  matmul(sym, d, K, K, P).forEach((v, i) => (grad[i] = f64At(grad, i) + v));
}

/**
 * What the reverse sweep has reached when it holds ȳ_n: the stored iterates y₀ … y_N (count × 10
 * each), the adjoint ȳ_n = ∂T/∂y_n, and the two sums steps N … n+1 have added so far, Ḡ (10 × 10,
 * through G = DDᵀ) and the drive's adjoint (count × 10). Read-only: the sweep goes on with them.
 */
export interface SweepState {
  n: number;
  ys: readonly Float64Array[];
  yBar: Float64Array;
  gBar: Float64Array;
  driveBar: Float64Array;
}

/**
 * dT/dD from the reverse sweep's sums over images x (count × 64): 2α·(drive adjoint)ᵀX + (Ḡ + Ḡᵀ)D.
 * Midway through the sweep it is the part of dT/dD the steps swept so far give.
 */
export function gradOf(
  driveBar: Float64Array,
  gBar: Float64Array,
  x: Float64Array,
  d: Float64Array,
  alpha: number,
): Float64Array {
  const grad = matmulTA(driveBar, x, driveBar.length / K, K, P);
  for (let i = 0; i < grad.length; i++) grad[i] = f64At(grad, i) * (2 * alpha);
  addThroughGram(grad, gBar, d);
  return grad;
}

/**
 * T and dT/dD by reverse mode through every image's N stored inner steps. The loops are written
 * out (K = 10 is small): one pass per step over the images, the forward step or its adjoint fused.
 * `watch`, if given, sees the sweep at n = N (before any step) and after each step back to n = 0.
 */
export function objectiveLiteral(
  d: Float64Array,
  batch: DigitsSample,
  alpha: number,
  steps: number,
  watch?: (state: SweepState) => void,
): ObjectiveValue {
  const { count, x, targets } = batch;
  const a = identityMinus(gram(d), alpha);
  const drive = matmulTB(x, d, count, P, K);
  for (let i = 0; i < drive.length; i++) drive[i] = f64At(drive, i) * (2 * alpha);
  const ys = [new Float64Array(count * K)];
  for (let n = 0; n < steps; n++) {
    const y = nth(ys, n);
    const next = Float64Array.from(drive);
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < K; j++) {
        const yij = f64At(y, i * K + j);
        for (let k = 0; k < K; k++) next[i * K + k] = f64At(next, i * K + k) + yij * f64At(a, j * K + k);
      }
    }
    ys.push(next);
  }
  const h = nth(ys, steps);
  let T = 0;
  let yBar = new Float64Array(count * K);
  for (let i = 0; i < yBar.length; i++) {
    const r = f64At(targets, i) - f64At(h, i);
    T += r * r;
    yBar[i] = -2 * r;
  }
  const gBar = new Float64Array(K * K);
  const driveBar = new Float64Array(count * K);
  watch?.({ n: steps, ys, yBar, gBar, driveBar });
  for (let n = steps; n >= 1; n--) {
    const y = nth(ys, n - 1);
    const prev = new Float64Array(count * K);
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < K; j++) {
        const yij = -2 * alpha * f64At(y, i * K + j);
        const bij = f64At(yBar, i * K + j);
        driveBar[i * K + j] = f64At(driveBar, i * K + j) + bij;
        let s = 0;
        for (let k = 0; k < K; k++) {
          gBar[j * K + k] = f64At(gBar, j * K + k) + yij * f64At(yBar, i * K + k);
          s += f64At(yBar, i * K + k) * f64At(a, j * K + k);
        }
        prev[i * K + j] = s;
      }
    }
    yBar = prev;
    watch?.({ n: n - 1, ys, yBar, gBar, driveBar });
  }
  return { T, grad: gradOf(driveBar, gBar, x, d, alpha) };
}

/** T and dT/dD by reverse mode through the 10 × 10 polynomial P_N(G); never touches the images. */
export function objectiveFast(d: Float64Array, batch: DigitsBatch, alpha: number, steps: number): ObjectiveValue {
  const g = gram(d);
  const ps = stepPolynomial(g, alpha, steps);
  const m = matmul(nth(ps, steps), d, K, K, P);
  const ms = matmul(m, batch.xtx, K, P, P);
  let T = batch.tt;
  m.forEach((v, i) => (T += v * (f64At(ms, i) - 2 * f64At(batch.ttx, i))));
  const mBar = ms.map((v, i) => 2 * (v - f64At(batch.ttx, i)));
  const grad = matmulTA(nth(ps, steps), mBar, K, K, P);
  let pBar: Float64Array = matmulTB(mBar, d, K, P, K);
  const a = identityMinus(g, alpha);
  const gBar = new Float64Array(K * K);
  for (let n = steps; n >= 1; n--) {
    matmulTB(pBar, nth(ps, n - 1), K, K, K).forEach((v, i) => (gBar[i] = f64At(gBar, i) + -2 * alpha * v));
    pBar = matmul(a, pBar, K, K, K);
  }
  addThroughGram(grad, gBar, d);
  return { T, grad };
}

/** dT/dD · dD by forward mode: one tangent carried through every image's N steps. */
export function directionalLiteral(
  d: Float64Array,
  dd: Float64Array,
  batch: DigitsSample,
  alpha: number,
  steps: number,
): number {
  const { count, x, targets } = batch;
  const a = identityMinus(gram(d), alpha);
  const half = matmulTB(dd, d, K, P, K);
  const gDot = half.map((v, i) => v + f64At(half, (i % K) * K + Math.floor(i / K)));
  const drive = matmulTB(x, d, count, P, K).map((v) => 2 * alpha * v);
  const driveDot = matmulTB(x, dd, count, P, K).map((v) => 2 * alpha * v);
  let y = new Float64Array(count * K);
  let yDot = new Float64Array(count * K);
  for (let n = 0; n < steps; n++) {
    const ygDot = matmul(y, gDot, count, K, K);
    yDot = matmul(yDot, a, count, K, K).map((v, i) => v - 2 * alpha * f64At(ygDot, i) + f64At(driveDot, i));
    y = matmul(y, a, count, K, K).map((v, i) => v + f64At(drive, i));
  }
  return y.reduce((s, v, i) => s - 2 * (f64At(targets, i) - v) * f64At(yDot, i), 0);
}
