/**
 * When unrolled gradients explode, on the toy. For one observation x, the N-step inverse
 * g(N) of f(y) = a·y + b and its tangent dg(N)/da, carried forward (unroll.ts):
 *
 *   dg(n+1)/da = c·dg(n)/da − α·∂²L/∂y∂a,   c = 1 − 2αa².
 *
 * Closed form: g(N) = y* + cᴺ(y0 − y*), y* = (x − b)/a, so
 *   dg(N)/da = (1 − cᴺ)·d(y*)/da + N·cᴺ⁻¹·(−4αa)·(y0 − y*),
 * whose second term grows like N·|c|ᴺ once |c| > 1. The map reports log₁₀|dg(N)/da| over a
 * grid of (α, a), with the class of c at each cell.
 */
import { f64At } from '../core/nth.ts';
import { kernelFor } from '../core/lossKernel.ts';
import { linearModel } from '../core/models.ts';
import { sampleDerivative, workspace } from '../training/unroll.ts';
import { contraction } from '../inversion/closedForms.ts';
import { finite, integer, positive } from '../core/validate.ts';
import { factorClass, type FactorClass } from './roots.ts';

/** The one inversion the map is about (the inversion widget's defaults: x = 0, b = −4, y0 = 8). */
export interface Observation {
  x: number;
  b: number;
  y0: number;
}
export const MAP_OBSERVATION: Observation = { x: 0, b: -4, y0: 8 };

/** dg(N)/da by forward mode through the solver's own per-sample derivative, and g(N). */
export function tangent(alpha: number, a: number, N: number, o: Observation = MAP_OBSERVATION) {
  const K = kernelFor(linearModel);
  const dh = new Float64Array(2);
  const u = { alpha, innerSteps: N, gradientSteps: N, y0: o.y0, fdStep: 1e-6 };
  const g = sampleDerivative(K, 'forward', [a, o.b], o.x, u, dh, workspace(2, N));
  return { g, dgda: f64At(dh, 0) };
}

/** The closed form of dg(N)/da above (a ≠ 0). */
export function tangentClosedForm(alpha: number, a: number, N: number, o: Observation = MAP_OBSERVATION): number {
  const c = contraction(alpha, a);
  const yStar = (o.x - o.b) / a;
  const dyStar = -(o.x - o.b) / (a * a);
  return (1 - c ** N) * dyStar + N * c ** (N - 1) * (-4 * alpha * a) * (o.y0 - yStar);
}

/** Parameters of {@link explosionMap}. */
export interface MapParams {
  N: number;
  alpha: [lo: number, hi: number];
  a: [lo: number, hi: number];
  /** Cells along α and along a. */
  cols: number;
  rows: number;
  observation?: Observation;
}

/** One cell: its centre (α, a), c there, the class of c and log₁₀|dg(N)/da| (Infinity past overflow). */
export interface MapCell {
  alpha: number;
  a: number;
  c: number;
  kind: FactorClass;
  logTangent: number;
}

function axis(name: string, [lo, hi]: [number, number], n: number): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new RangeError(`${name} must be [lo, hi] with finite lo < hi (got [${lo}, ${hi}])`);
  }
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / n);
}

/** The explosion map: cells row by row (a from low to high), each row α from low to high. */
export function explosionMap(p: MapParams): { alphas: number[]; as: number[]; cells: MapCell[] } {
  const N = integer('N', p.N, 0, 10_000);
  const alphas = axis('alpha', p.alpha, integer('cols', p.cols, 1, 400));
  alphas.forEach((v) => positive('alpha', v));
  const as = axis('a', p.a, integer('rows', p.rows, 1, 400));
  const o = p.observation ?? MAP_OBSERVATION;
  finite('x', o.x);
  const cells: MapCell[] = [];
  for (const a of as) {
    for (const alpha of alphas) {
      const c = contraction(alpha, a);
      const t = Math.abs(tangent(alpha, a, N, o).dgda);
      cells.push({ alpha, a, c, kind: factorClass(c), logTangent: Number.isFinite(t) ? Math.log10(t) : Infinity });
    }
  }
  return { alphas, as, cells };
}
