/**
 * Curves for the figures, sampled by the solver so that widgets draw numbers and compute none:
 * the inner loss L_θ(x, y) over y, the model x = f_θ(y) over y, and the minimisers of L.
 */
import { kernelFor } from '../core/lossKernel.ts';
import { getModel, type Model, type ModelName, type Theta } from '../core/models.ts';
import { constant } from '../core/dual.ts';
import { finite, integer } from '../core/validate.ts';

/** A point of a sampled curve. */
export interface CurvePoint {
  y: number;
  v: number;
}

const resolve = (model: Model | ModelName): Model => (typeof model === 'string' ? getModel(model) : model);

function grid(range: readonly [number, number], samples: number): number[] {
  finite('range[0]', range[0]);
  finite('range[1]', range[1]);
  integer('samples', samples, 2, 10_000);
  const [lo, hi] = range;
  return Array.from({ length: samples }, (_, i) => lo + ((hi - lo) * i) / (samples - 1));
}

/** L_θ(x, y) = (x − f_θ(y))² at `samples` evenly spaced y in `range`. */
export function lossCurve(p: {
  model: Model | ModelName;
  theta: Theta;
  x: number;
  range: readonly [number, number];
  samples?: number;
}): CurvePoint[] {
  const kernel = kernelFor(resolve(p.model));
  return grid(p.range, p.samples ?? 200).map((y) => ({ y, v: kernel.loss(p.x, y, p.theta) }));
}

/** The generative direction x = f_θ(y) at `samples` evenly spaced y in `range`. */
export function modelCurve(p: {
  model: Model | ModelName;
  theta: Theta;
  range: readonly [number, number];
  samples?: number;
}): CurvePoint[] {
  const model = resolve(p.model);
  return grid(p.range, p.samples ?? 100).map((y) => ({ y, v: evaluateModel(model, p.theta, y) }));
}

/** f_θ(y) for one y. */
export function evaluateModel(model: Model | ModelName, theta: Theta, y: number): number {
  const size = theta.length + 1;
  return resolve(model).f(
    constant(y, size),
    theta.map((t) => constant(t, size)),
  ).v;
}

/**
 * The minimisers of L_θ(x, ·) in `range`: where ∂L/∂y changes sign from − to +, refined by
 * bisection. For the linear model that is the one inverse (x − b)/a; the cubic model may have
 * three; a tanh model with |x − b| ≥ |a| has none in any finite range.
 */
export function minimisers(p: {
  model: Model | ModelName;
  theta: Theta;
  x: number;
  range: readonly [number, number];
  samples?: number;
}): number[] {
  const kernel = kernelFor(resolve(p.model));
  const d = (y: number) => kernel.dLdy(p.x, y, p.theta);
  const ys = grid(p.range, p.samples ?? 600);
  const found: number[] = [];
  for (let i = 1; i < ys.length; i++) {
    let lo = ys[i - 1] as number;
    let hi = ys[i] as number;
    if (!(d(lo) < 0 && d(hi) >= 0)) continue;
    for (let it = 0; it < 80; it++) {
      const mid = (lo + hi) / 2;
      if (d(mid) < 0) lo = mid;
      else hi = mid;
    }
    found.push((lo + hi) / 2);
  }
  return found;
}
