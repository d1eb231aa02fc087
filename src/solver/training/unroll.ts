/**
 * dh/dθ for one sample, four ways. The prediction is h = g(N) after N inner
 * steps g(n+1) = g(n) − α·∂L/∂y(g(n)); its derivative is taken through the
 * first M = gradientSteps steps, dh/dθ ≈ dg(M)/dθ (the article: N = 20, M = 10).
 * Writing Lyy = ∂²L/∂y² and Lyθ = ∂²L/∂y∂θ at g(n):
 *
 * - forward: carry dg(n)/dθ along with g(n):
 *     dg(0)/dθ = 0,   dg(n+1)/dθ = (1 − α·Lyy)·dg(n)/dθ − α·Lyθ
 * - reverse: store g(0…M−1), then run the adjoint λ = ∂g(M)/∂g(n) backwards:
 *     λ(M) = 1,   dg(M)/dθ += λ(n+1)·(−α·Lyθ(n)),   λ(n) = λ(n+1)·(1 − α·Lyy(n))
 * - implicit: at a minimiser ∂L/∂y(y*(θ), θ) = 0, so the minimiser moves by −Lyθ / Lyy,
 *     evaluated at y = g(M) (exact only as M → ∞ and g(M) → y*)
 * - finite-difference: central differences (g(M; θ + εeⱼ) − g(M; θ − εeⱼ)) / 2ε
 *     with ε = fdStep·max(1, |θⱼ|)
 *
 * Forward and reverse compute the same number in a different order.
 */
import { f64At, numAt, outOfRange } from '../core/nth.ts';
import type { LossKernel } from '../core/types.ts';
import type { GradientMethod, Unrolling } from './types.ts';

/** Scratch space, allocated once per run so the hot loops allocate nothing. */
export interface Workspace {
  /** Output of LossKernel.second: [Ly, Lyy, Lyθ…]. */
  buf: Float64Array;
  /** The stored iterates g(0…M−1) of the reverse pass. */
  iterates: Float64Array;
  /** A perturbed copy of θ for finite differences. */
  shifted: number[];
}

/** Scratch space for θ of length `size` and M gradient steps. */
export function workspace(size: number, gradientSteps: number): Workspace {
  return {
    buf: new Float64Array(2 + size),
    iterates: new Float64Array(gradientSteps),
    shifted: new Array<number>(size).fill(0),
  };
}

type ThetaIn = readonly number[];

/** Sees g(n) and dg(n)/dθ (in `dh`, frozen after M) at every n = 0…max(N, M) of {@link forwardRecursion}. */
export type ForwardObserver = (n: number, g: number) => void;

/**
 * The one generic forward recursion g(n+1) = g(n) − α·∂L/∂y, dg(n+1)/dθ = (1 − α·Lyy)·dg(n)/dθ − α·Lyθ
 * (through K.second, never a fused kernel): writes dg(M)/dθ into `dh`, returns h = g(N), and
 * shows every iterate to `observe` when given (step-into's inner table is built this way).
 */
export function forwardRecursion(
  K: LossKernel,
  theta: ThetaIn,
  x: number,
  u: Unrolling,
  dh: Float64Array,
  ws: Workspace,
  observe?: ForwardObserver,
): number {
  const { alpha, innerSteps: N, gradientSteps: M } = u;
  const buf = ws.buf;
  const k = K.size;
  dh.fill(0);
  let g = u.y0;
  let h = g;
  const total = N > M ? N : M;
  for (let n = 0; n < total; n++) {
    if (observe) observe(n, g);
    if (n < M) {
      K.second(x, g, theta, buf);
      const Ly = buf[0];
      const Lyy = buf[1];
      if (Ly === undefined || Lyy === undefined) throw outOfRange(1, buf.length);
      const keep = alpha * Lyy;
      for (let j = 0; j < k; j++) {
        const d = dh[j];
        const mixed = buf[2 + j]; // Lyθⱼ
        if (d === undefined || mixed === undefined) throw outOfRange(j, Math.min(dh.length, buf.length - 2));
        dh[j] = d - (keep * d + alpha * mixed);
      }
      g -= alpha * Ly;
    } else {
      g -= alpha * K.dLdy(x, g, theta);
    }
    if (n + 1 === N) h = g;
  }
  if (observe) observe(total, g);
  return h;
}

/** Forward mode: the kernel's fused loop when it has one (the same arithmetic), else {@link forwardRecursion}. */
function forward(K: LossKernel, theta: ThetaIn, x: number, u: Unrolling, dh: Float64Array, ws: Workspace): number {
  if (K.unrollForward) return K.unrollForward(x, theta, u.alpha, u.innerSteps, u.gradientSteps, u.y0, dh);
  return forwardRecursion(K, theta, x, u, dh, ws);
}

/** The generic reverse pass: store g(0…M−1), then run the adjoint backwards (through K.second). */
function adjoint(K: LossKernel, theta: ThetaIn, x: number, u: Unrolling, dh: Float64Array, ws: Workspace): number {
  const { alpha, innerSteps: N, gradientSteps: M } = u;
  const { buf, iterates } = ws;
  const k = K.size;
  let g = u.y0;
  let h = g;
  const total = N > M ? N : M;
  for (let n = 0; n < total; n++) {
    if (n < M) iterates[n] = g;
    g -= alpha * K.dLdy(x, g, theta);
    if (n + 1 === N) h = g;
  }
  dh.fill(0);
  let lambda = 1;
  for (let n = M - 1; n >= 0; n--) {
    const gn = iterates[n];
    if (gn === undefined) throw outOfRange(n, iterates.length);
    K.second(x, gn, theta, buf);
    const Lyy = buf[1];
    if (Lyy === undefined) throw outOfRange(1, buf.length);
    for (let j = 0; j < k; j++) {
      const d = dh[j];
      const mixed = buf[2 + j]; // Lyθⱼ
      if (d === undefined || mixed === undefined) throw outOfRange(j, Math.min(dh.length, buf.length - 2));
      dh[j] = d - lambda * alpha * mixed;
    }
    lambda *= 1 - alpha * Lyy;
  }
  return h;
}

/** Reverse mode: the kernel's fused loop when it has one (the same arithmetic), else {@link adjoint}. */
function reverse(K: LossKernel, theta: ThetaIn, x: number, u: Unrolling, dh: Float64Array, ws: Workspace): number {
  if (K.unrollReverse) {
    return K.unrollReverse(x, theta, u.alpha, u.innerSteps, u.gradientSteps, u.y0, dh, ws.iterates);
  }
  return adjoint(K, theta, x, u, dh, ws);
}

function implicit(K: LossKernel, theta: ThetaIn, x: number, u: Unrolling, dh: Float64Array, ws: Workspace): number {
  const { alpha, innerSteps: N, gradientSteps: M } = u;
  let g = u.y0;
  let h = g;
  let gM = g;
  const total = N > M ? N : M;
  for (let n = 0; n < total; n++) {
    g -= alpha * K.dLdy(x, g, theta);
    if (n + 1 === N) h = g;
    if (n + 1 === M) gM = g;
  }
  K.second(x, gM, theta, ws.buf);
  const curvature = f64At(ws.buf, 1);
  for (let j = 0; j < K.size; j++) dh[j] = -f64At(ws.buf, 2 + j) / curvature;
  return h;
}

function finiteDifference(
  K: LossKernel,
  theta: ThetaIn,
  x: number,
  u: Unrolling,
  dh: Float64Array,
  ws: Workspace,
): number {
  const { alpha, innerSteps: N, gradientSteps: M, y0 } = u;
  const shifted = ws.shifted;
  for (let j = 0; j < K.size; j++) shifted[j] = numAt(theta, j);
  for (let j = 0; j < K.size; j++) {
    const t = numAt(theta, j);
    const eps = u.fdStep * Math.max(1, Math.abs(t));
    const up = t + eps;
    const down = t - eps;
    shifted[j] = up;
    const gUp = K.predict(x, shifted, alpha, M, y0);
    shifted[j] = down;
    const gDown = K.predict(x, shifted, alpha, M, y0);
    shifted[j] = t;
    dh[j] = (gUp - gDown) / (up - down);
  }
  return K.predict(x, theta, alpha, N, y0);
}

const methods: Record<GradientMethod, typeof forward> = {
  forward,
  reverse,
  implicit,
  'finite-difference': finiteDifference,
};

/**
 * Writes dh/dθ of sample x into `dh` by `method` and returns the prediction
 * h = g(N). Non-finite results are returned as they are; callers decide.
 */
export function sampleDerivative(
  K: LossKernel,
  method: GradientMethod,
  theta: ThetaIn,
  x: number,
  u: Unrolling,
  dh: Float64Array,
  ws: Workspace,
): number {
  return methods[method](K, theta, x, u, dh, ws);
}
