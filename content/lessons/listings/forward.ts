import type { LossKernel } from '../../../src/solver/index.ts';

/**
 * Forward mode for any model: carries dg/dθ along the first M steps of the descent and keeps
 * descending without it up to N. Returns h = g(N) and dh = dg(M)/dθ.
 */
export function forward(
  K: LossKernel,
  theta: readonly number[],
  x: number,
  u: { alpha: number; steps: number; gradientSteps: number; y0: number },
) {
  const { alpha, steps: N, gradientSteps: M } = u;
  const local = new Float64Array(2 + K.size); // ∂L/∂y, ∂²L/∂y², then ∂²L/∂y∂θⱼ
  const dh = new Array<number>(K.size).fill(0);
  let g = u.y0;
  let h = g;
  for (let n = 0; n < Math.max(N, M); n++) {
    if (n < M) {
      K.second(x, g, theta, local);
      const [dLdy = NaN, d2Ldy2 = NaN, ...cross] = local;
      const keep = alpha * d2Ldy2;
      dh.forEach((d, j) => (dh[j] = d - (keep * d + alpha * (cross[j] ?? NaN))));
      g -= alpha * dLdy;
    } else {
      g -= alpha * K.dLdy(x, g, theta);
    }
    if (n + 1 === N) h = g;
  }
  return { h, dh };
}
