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
import { variable } from './dual.ts';
import { linearKernel } from './linearKernel.ts';
import { linearModel, type Model } from './models.ts';

/** Read-only view of θ accepted by the kernels. */
export type ThetaLike = ArrayLike<number>;

/** Scalar evaluations of L_θ(x, y) and its derivatives for one model. */
export interface LossKernel {
  /** Number of components of θ. */
  readonly size: number;
  /** L_θ(x, y) = (x − f_θ(y))². */
  loss(x: number, y: number, theta: ThetaLike): number;
  /** ∂L/∂y = −2(x − f)·∂f/∂y. */
  dLdy(x: number, y: number, theta: ThetaLike): number;
  /**
   * Writes out[0] = ∂L/∂y, out[1] = ∂²L/∂y², out[2 + j] = ∂²L/∂y∂θⱼ
   * (out must hold 2 + size numbers).
   */
  second(x: number, y: number, theta: ThetaLike, out: Float64Array): void;
  /**
   * h_θ(x) = g(N): N plain gradient steps g(n+1) = g(n) − α·∂L/∂y from g(0) = y0.
   * May return a non-finite number when the iteration blows up.
   */
  predict(x: number, theta: ThetaLike, alpha: number, steps: number, y0: number): number;
  /**
   * Optional fused forward mode: writes dg(M)/dθ into dh and returns g(N), for
   * kernels that can run the whole recursion as one tight scalar loop. When
   * absent, unroll.ts runs the same recursion through {@link LossKernel.second}.
   */
  unrollForward?(
    x: number,
    theta: ThetaLike,
    alpha: number,
    steps: number,
    gradientSteps: number,
    y0: number,
    dh: Float64Array,
  ): number;
  /**
   * Optional fused reverse mode: the same numbers as the adjoint pass in
   * unroll.ts (stored iterates go in `iterates`), as one tight scalar loop.
   */
  unrollReverse?(
    x: number,
    theta: ThetaLike,
    alpha: number,
    steps: number,
    gradientSteps: number,
    y0: number,
    dh: Float64Array,
    iterates: Float64Array,
  ): number;
}

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
  const args = Array.from({ length: theta.length }, (_, j) => variable(theta[j] as number, j + 1, m));
  const r = model.f(variable(y, 0, m), args);
  return { f: r.v, fy: r.d[0] as number, fyy: r.h[0] as number, ftheta: r.d.slice(1), fytheta: r.h.slice(1) };
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
        out[2 + j] = 2 * (l.ftheta[j] as number) * l.fy - 2 * r * (l.fytheta[j] as number);
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
