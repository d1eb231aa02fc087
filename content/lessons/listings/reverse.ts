import type { LossKernel } from '../../../src/solver/index.ts';

/**
 * Reverse mode for any model, as back-propagation does it: run the descent first and store the
 * first M iterates, then walk back through them. Returns h = g(N) and dh = dg(M)/dθ.
 */
export function reverse(
  K: LossKernel,
  theta: readonly number[],
  x: number,
  u: { alpha: number; steps: number; gradientSteps: number; y0: number },
) {
  const { alpha, steps: N, gradientSteps: M } = u;
  const iterates: number[] = [];
  let g = u.y0;
  let h = g;
  for (let n = 0; n < Math.max(N, M); n++) {
    if (n < M) iterates.push(g);
    g -= alpha * K.dLdy(x, g, theta);
    if (n + 1 === N) h = g;
  }
  const local = new Float64Array(2 + K.size); // ∂L/∂y, ∂²L/∂y², then ∂²L/∂y∂θⱼ
  const dh = new Array<number>(K.size).fill(0);
  let lambda = 1;
  for (let n = M - 1; n >= 0; n--) {
    K.second(x, iterates[n] ?? NaN, theta, local);
    const [, d2Ldy2 = NaN, ...cross] = local;
    dh.forEach((d, j) => (dh[j] = d - lambda * alpha * (cross[j] ?? NaN)));
    lambda *= 1 - alpha * d2Ldy2;
  }
  return { h, dh };
}
