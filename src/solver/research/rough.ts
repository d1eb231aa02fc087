/**
 * The loss over θ of a long unroll turns rough (Metz et al. 2021): for a nonlinear model,
 * T(a) = Σᵢ (yᵢ − g(N; xᵢ))² on a fine grid of a, with b fixed, for a few N. Its roughness is
 * measured two ways: the total variation divided by the range (1 for a monotone curve, 2 for
 * one valley between equal ends, large for a jagged one) and the number of local extrema.
 */
import { makeData } from '../core/data.ts';
import { kernelFor } from '../core/lossKernel.ts';
import { getModel } from '../core/models.ts';
import type { ModelName } from '../core/types.ts';
import { integer, positive } from '../core/validate.ts';

/** Parameters of {@link lossCurveOverA}; the defaults are the course's tanh setting. */
export interface RoughParams {
  model?: ModelName;
  alpha?: number;
  N: number;
  /** Interval of a and the grid points in it. */
  a?: [lo: number, hi: number];
  points?: number;
  /** b held fixed, the data's truth [A, B] (x = A·tanh(y) + B) and the start g(0). */
  b?: number;
  truth?: [number, number];
  y0?: number;
}

export const ROUGH_DEFAULTS = {
  model: 'tanh',
  alpha: 0.15,
  a: [0.5, 4],
  points: 4001,
  b: -4,
  truth: [2, -4],
  y0: 2,
} as const;

/** T(a) on the grid; the data are y = −2, −1, 0, 1, 2 and x = f_truth(y), noise-free. */
export function lossCurveOverA(p: RoughParams): { a: number[]; T: number[] } {
  const model = getModel(p.model ?? ROUGH_DEFAULTS.model);
  const alpha = positive('alpha', p.alpha ?? ROUGH_DEFAULTS.alpha);
  const N = integer('N', p.N, 0, 10_000);
  const points = integer('points', p.points ?? ROUGH_DEFAULTS.points, 2, 100_000);
  const [lo, hi] = p.a ?? ROUGH_DEFAULTS.a;
  const b = p.b ?? ROUGH_DEFAULTS.b;
  const truth = p.truth ?? ROUGH_DEFAULTS.truth;
  const y0 = p.y0 ?? ROUGH_DEFAULTS.y0;
  const K = kernelFor(model);
  const { x: xs, y: ys } = makeData({ model, theta: [...truth], count: 5, sigma: 0, seed: 0 });
  const a: number[] = [];
  const T: number[] = [];
  for (let i = 0; i < points; i++) {
    const ai = lo + ((hi - lo) * i) / (points - 1);
    let sum = 0;
    for (let s = 0; s < ys.length; s++)
      sum += ((ys[s] as number) - K.predict(xs[s] as number, [ai, b], alpha, N, y0)) ** 2;
    a.push(ai);
    T.push(sum);
  }
  return { a, T };
}

/** Total variation over range: 1 for a monotone curve, large for a jagged one. */
export function roughness(T: readonly number[]): number {
  let tv = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < T.length; i++) {
    const t = T[i] as number;
    if (i > 0) tv += Math.abs(t - (T[i - 1] as number));
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  return hi > lo ? tv / (hi - lo) : 1;
}

/** The number of interior local extrema (the slope changes sign). */
export function extremaCount(T: readonly number[]): number {
  let count = 0;
  for (let i = 1; i + 1 < T.length; i++) {
    const d1 = (T[i] as number) - (T[i - 1] as number);
    const d2 = (T[i + 1] as number) - (T[i] as number);
    if (d1 * d2 < 0) count++;
  }
  return count;
}
