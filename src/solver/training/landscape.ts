/**
 * The training loss over a grid of θ = (a, b): T(a, b) = Σᵢ (yᵢ − h_{a,b}(xᵢ))²
 * with each h an N-step inner inversion, ready for d3-contour.
 */
import { kernelFor } from '../core/lossKernel.ts';
import { outOfRange } from '../core/nth.ts';
import type { Dataset, Model, ModelName } from '../core/types.ts';
import * as check from '../core/validate.ts';
import { resolveUnrolling } from './resolveTraining.ts';
import type { InnerParams } from './types.ts';

/** Parameters of {@link landscape}. */
export interface LandscapeParams {
  model: Model | ModelName;
  data: Dataset;
  inner: InnerParams;
  aRange: [min: number, max: number];
  bRange: [min: number, max: number];
  /** Grid size [nx, ny], each an integer 2…MAX_GRID. */
  size: [nx: number, ny: number];
}

/** T sampled on a grid. */
export interface Landscape {
  /** The nx grid values of a, from aRange[0] to aRange[1]. */
  a: number[];
  /** The ny grid values of b. */
  b: number[];
  /**
   * Row-major values: values[j·nx + i] = T(a[i], b[j]), the layout d3-contour
   * expects with size [nx, ny]. Non-finite T (an inner inversion that blew
   * up) is replaced by the largest finite value on the grid (0 if none).
   */
  values: Float64Array;
  /** Smallest value. */
  min: number;
  /** Largest value (the cap, when some were capped). */
  max: number;
  /** How many values were non-finite and capped. */
  capped: number;
}

function grid([lo, hi]: [number, number], n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
}

/** T(a, b) on an nx × ny grid (θ must have two components). */
export function landscape(p: LandscapeParams): Landscape {
  const model = check.model(p.model);
  if (model.thetaNames.length !== 2)
    throw new RangeError(`model must have 2 parameters for a landscape (got ${model.thetaNames.length})`);
  const data = check.data(p.data);
  const u = resolveUnrolling(p.inner, undefined, undefined);
  const a = grid(check.range('aRange', p.aRange), check.integer('size[0]', p.size?.[0], 2, check.MAX_GRID));
  const b = grid(check.range('bRange', p.bRange), check.integer('size[1]', p.size?.[1], 2, check.MAX_GRID));
  const kernel = kernelFor(model);
  const values = new Float64Array(a.length * b.length);
  const theta = [0, 0];
  let min = Infinity;
  let max = -Infinity;
  let capped = 0;
  // Reads are checked in place in these loops, not through nth.ts (see there why).
  for (let j = 0; j < b.length; j++) {
    const bj = b[j];
    if (bj === undefined) throw outOfRange(j, b.length);
    theta[1] = bj;
    for (let i = 0; i < a.length; i++) {
      const ai = a[i];
      if (ai === undefined) throw outOfRange(i, a.length);
      theta[0] = ai;
      let T = 0;
      for (let s = 0; s < data.x.length; s++) {
        const x = data.x[s];
        const y = data.y[s];
        if (x === undefined || y === undefined) throw new RangeError(`data has no sample ${s}`);
        const r = y - kernel.predict(x, theta, u.alpha, u.innerSteps, u.y0);
        T += r * r;
      }
      values[j * a.length + i] = T;
      if (Number.isFinite(T)) {
        if (T < min) min = T;
        if (T > max) max = T;
      } else capped++;
    }
  }
  if (max === -Infinity) min = max = 0;
  if (capped > 0) for (let n = 0; n < values.length; n++) if (!Number.isFinite(values[n])) values[n] = max;
  return { a, b, values, min, max, capped };
}
