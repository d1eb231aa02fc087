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
import type { LossKernel } from '../core/lossKernel.ts';

/** The four ways to differentiate through the inner loop. */
export type GradientMethod = 'forward' | 'reverse' | 'implicit' | 'finite-difference';

/** All gradient methods, in display order. */
export const GRADIENT_METHODS: readonly GradientMethod[] = ['forward', 'reverse', 'implicit', 'finite-difference'];

/** The inner loop's settings after validation. */
export interface Unrolling {
  /** α, the inner step width. */
  alpha: number;
  /** N, the steps that make the prediction h = g(N). */
  innerSteps: number;
  /** M, the steps dh/dθ is differentiated through. */
  gradientSteps: number;
  /** g(0), the same start for every sample. */
  y0: number;
  /** Relative step ε of the finite differences. */
  fdStep: number;
}

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

function forward(K: LossKernel, theta: ThetaIn, x: number, u: Unrolling, dh: Float64Array, ws: Workspace): number {
  const { alpha, innerSteps: N, gradientSteps: M } = u;
  if (K.unrollForward) return K.unrollForward(x, theta, alpha, N, M, u.y0, dh);
  const buf = ws.buf;
  const k = K.size;
  dh.fill(0);
  let g = u.y0;
  let h = g;
  const total = N > M ? N : M;
  for (let n = 0; n < total; n++) {
    if (n < M) {
      K.second(x, g, theta, buf);
      const keep = alpha * (buf[1] as number);
      for (let j = 0; j < k; j++)
        dh[j] = (dh[j] as number) - (keep * (dh[j] as number) + alpha * (buf[2 + j] as number));
      g -= alpha * (buf[0] as number);
    } else {
      g -= alpha * K.dLdy(x, g, theta);
    }
    if (n + 1 === N) h = g;
  }
  return h;
}

function reverse(K: LossKernel, theta: ThetaIn, x: number, u: Unrolling, dh: Float64Array, ws: Workspace): number {
  const { alpha, innerSteps: N, gradientSteps: M } = u;
  const { buf, iterates } = ws;
  if (K.unrollReverse) return K.unrollReverse(x, theta, alpha, N, M, u.y0, dh, iterates);
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
    K.second(x, iterates[n] as number, theta, buf);
    for (let j = 0; j < k; j++) dh[j] = (dh[j] as number) - lambda * alpha * (buf[2 + j] as number);
    lambda *= 1 - alpha * (buf[1] as number);
  }
  return h;
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
  const curvature = ws.buf[1] as number;
  for (let j = 0; j < K.size; j++) dh[j] = -(ws.buf[2 + j] as number) / curvature;
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
  for (let j = 0; j < K.size; j++) shifted[j] = theta[j] as number;
  for (let j = 0; j < K.size; j++) {
    const t = theta[j] as number;
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
