/**
 * The sentence a diverged inversion carries in its `reason`.
 */
import { contraction, linearFixedPoint } from './closedForms.ts';
import { answerOutOfBounds, unstableFactorClause } from './explain.ts';
import { fmt } from './format.ts';
import type { ResolvedInversion } from './inversionParams.ts';
import { kernelFor } from './lossKernel.ts';
import { isLinear } from './models.ts';
import { momentumPhrase, stableLimit } from './stability.ts';
import { DIVERGENCE_BOUND } from './validate.ts';

/**
 * Why a run diverged at step n, given the last recorded iterate: for the
 * linear model without momentum from c = 1 − 2αa², otherwise from the local
 * curvature α·∂²L/∂y² at the last iterate against the stability limit.
 */
export function divergenceReason(p: ResolvedInversion, n: number, lastY: number): string {
  const passed = `y left [−${fmt(DIVERGENCE_BOUND)}, ${fmt(DIVERGENCE_BOUND)}] at step ${n}.`;
  const [a = 0, b = 0] = p.theta;
  const c = contraction(p.alpha, a);
  if (isLinear(p.model) && !p.momentum && Math.abs(c) > 1) return `${unstableFactorClause(p.alpha, a)}: ${passed}`;
  if (isLinear(p.model) && a !== 0) {
    const yStar = linearFixedPoint({ a, b, x: p.x });
    if (Math.abs(yStar) > DIVERGENCE_BOUND) return answerOutOfBounds(yStar, c, n);
  }
  const buf = new Float64Array(2 + p.theta.length);
  kernelFor(p.model).second(p.x, lastY, p.theta, buf);
  const s = p.alpha * (buf[1] as number);
  const limit = stableLimit(p.momentum);
  const withMomentum = p.momentum ? `with ${momentumPhrase(p.momentum)} ` : '';
  const verdict =
    s > limit
      ? `above the limit ${fmt(limit)} ${withMomentum}for a stable step: each step overshoots the minimum by more than it corrects`
      : `within the limit ${fmt(limit)} ${withMomentum}there, so this step did not overshoot: y was carried out of the bounds towards a minimum of L beyond them, or towards none`;
  return `At y = ${fmt(lastY)} the loss curves with ∂²L/∂y² = ${fmt(buf[1] as number)}, so α·∂²L/∂y² = ${fmt(s)}, ${verdict}; ${passed}`;
}
