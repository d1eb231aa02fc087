/**
 * The inner loss L_θ(x, y) = (x − f_θ(y))² and the local derivatives every
 * method needs, evaluated as plain numbers so the hot loops allocate nothing:
 *
 *   ∂L/∂y      = −2(x − f)·f_y
 *   ∂²L/∂y²    =  2·f_y² − 2(x − f)·f_yy
 *   ∂²L/∂y∂θⱼ  =  2·f_θⱼ·f_y − 2(x − f)·f_yθⱼ
 *
 * {@link genericKernel} gets f and its derivatives from the model's dual-number
 * `f`; {@link kernelFor} swaps in the hand-written linear kernel for the
 * built-in linear model (tests check the two agree).
 */
import { f64At, numAt } from './nth.ts';
import { variable } from './dual.ts';
import { linearKernel } from './linearKernel.ts';
import { linearModel } from './models.ts';
import type { LossKernel, Model, ThetaLike } from './types.ts';

/** f and its derivatives at one point, from one dual evaluation of the model. */
interface LocalModel {
  f: number;
  fy: number;
  fyy: number;
  ftheta: readonly number[];
  fytheta: readonly number[];
}

function evaluate(model: Model, y: number, theta: ThetaLike): LocalModel {
  const m = theta.length + 1;
  const args = Array.from({ length: theta.length }, (_, j) => variable(numAt(theta, j), j + 1, m));
  const r = model.f(variable(y, 0, m), args);
  return { f: r.v, fy: numAt(r.d, 0), fyy: numAt(r.h, 0), ftheta: r.d.slice(1), fytheta: r.h.slice(1) };
}

/** A kernel for any model, with every derivative taken from its dual-number `f`. */
export function genericKernel(model: Model): LossKernel {
  const kernel: LossKernel = {
    size: model.thetaNames.length,
    loss(x, y, theta) {
      const r = x - evaluate(model, y, theta).f;
      return r * r;
    },
    dLdy(x, y, theta) {
      const l = evaluate(model, y, theta);
      return -2 * (x - l.f) * l.fy;
    },
    second(x, y, theta, out) {
      const l = evaluate(model, y, theta);
      const r = x - l.f;
      out[0] = -2 * r * l.fy;
      out[1] = 2 * l.fy * l.fy - 2 * r * l.fyy;
      for (let j = 0; j < l.ftheta.length; j++) {
        out[2 + j] = 2 * numAt(l.ftheta, j) * l.fy - 2 * r * numAt(l.fytheta, j);
      }
    },
    predict(x, theta, alpha, steps, y0) {
      let g = y0;
      for (let n = 0; n < steps; n++) g -= alpha * kernel.dLdy(x, g, theta);
      return g;
    },
  };
  return kernel;
}

/** ∂²L/∂y² at y: the local curvature every stability judgement turns on. */
export function curvatureAt(K: LossKernel, x: number, y: number, theta: ThetaLike): number {
  const buf = new Float64Array(2 + K.size);
  K.second(x, y, theta, buf);
  return f64At(buf, 1);
}

const cache = new WeakMap<Model, LossKernel>();

/**
 * The kernel the solver uses for `model`: the hand-written {@link linearKernel}
 * for the built-in linear model (by identity, so a copy takes the generic
 * path), otherwise a cached {@link genericKernel}.
 */
export function kernelFor(model: Model): LossKernel {
  if (model === linearModel) return linearKernel;
  let kernel = cache.get(model);
  if (!kernel) {
    kernel = genericKernel(model);
    cache.set(model, kernel);
  }
  return kernel;
}
