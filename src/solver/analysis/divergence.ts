/**
 * Why an inversion left the bounds, as a finding (numbers); explainInversion.ts words it.
 */
import { contraction, linearFixedPoint } from '../inversion/closedForms.ts';
import type { DivergenceFinding } from '../../words/explainInversion.ts';
import type { ResolvedInversion } from '../inversion/inversionParams.ts';
import { kernelFor } from '../core/lossKernel.ts';
import { isLinear } from '../core/models.ts';
import { stableLimit } from './stability.ts';
import { DIVERGENCE_BOUND } from '../core/validate.ts';

/**
 * Why a run diverged at step n, given the last recorded iterate: for the linear model without
 * momentum from c = 1 − 2αa² (or an answer y* beyond the bounds), otherwise from the local
 * curvature α·∂²L/∂y² at the last iterate against the stability limit.
 */
export function divergenceFinding(p: ResolvedInversion, n: number, lastY: number): DivergenceFinding {
  const [a = 0, b = 0] = p.theta;
  const c = contraction(p.alpha, a);
  if (isLinear(p.model) && !p.momentum && Math.abs(c) > 1) return { kind: 'unstable-line', alpha: p.alpha, a, n };
  if (isLinear(p.model) && a !== 0) {
    const yStar = linearFixedPoint({ a, b, x: p.x });
    if (Math.abs(yStar) > DIVERGENCE_BOUND) return { kind: 'out-of-bounds', yStar, c, n };
  }
  const buf = new Float64Array(2 + p.theta.length);
  kernelFor(p.model).second(p.x, lastY, p.theta, buf);
  const curvature = buf[1] as number;
  const limit = stableLimit(p.momentum);
  return { kind: 'curvature', y: lastY, curvature, s: p.alpha * curvature, limit, momentum: p.momentum, n };
}
