import type { TrainParams, UpdateDetail } from '../../../src/solver';
import { formatFixed, formatSig, paren } from '../../../src/words/format';

/** The heading of the step-into view of update `detail.k`. */
export function innerTitle(detail: UpdateDetail): string {
  return `Inside update ${detail.k}: θ = (${formatFixed(detail.theta[0])}, ${formatFixed(detail.theta[1])})`;
}

/** The sentence of the last record: the sum into ∂T/∂θ and the update it gives. */
export function sumText(detail: UpdateDetail, params: TrainParams): string {
  const [a = 0, b = 0] = detail.nextTheta;
  const beta = formatSig(params.beta, 3);
  return `Sum over the samples: ∂T/∂a = ${formatFixed(detail.grad[0])}, ∂T/∂b = ${formatFixed(detail.grad[1])}. The update gives a = ${formatFixed(detail.theta[0])} − ${beta}·${paren(formatFixed(detail.grad[0]))} = ${formatFixed(a)}${detail.clamped[0] ? ' (after the clamp a ≥ 0.5)' : ''}, b = ${formatFixed(b)}.`;
}

/**
 * Inner step n of sample i: the numbers of the linear model's tangent recursion (slots) and the
 * live-region sentence; null when the record is outside the detail.
 */
export function innerStepText(
  detail: UpdateDetail,
  params: TrainParams,
  i: number,
  n: number,
): { slots: Record<string, string>; narration: string; last: boolean } | null {
  const s = detail.samples[i];
  const cur = s?.inner[n];
  const nxt = s?.inner[n + 1];
  if (!s || !cur) return null;
  const [a = 0, b = 0] = detail.theta;
  const slots: Record<string, string> = {
    n: String(n),
    n1: String(n + 1),
    alpha: formatSig(params.inner.alpha, 3),
    x: paren(formatFixed(s.x, 2)),
    a: formatFixed(a),
    b: paren(formatFixed(b)),
    g: paren(formatFixed(cur.g)),
    dga: paren(formatFixed(cur.dg[0])),
    dgb: paren(formatFixed(cur.dg[1])),
    dganext: formatFixed(nxt?.dg[0]),
    dgbnext: formatFixed(nxt?.dg[1]),
  };
  const narration = `Sample ${i + 1}, inner step ${n}: g = ${formatSig(cur.g, 4)}, dg/da = ${formatSig(cur.dg[0], 4)}, dg/db = ${formatSig(cur.dg[1], 4)}.`;
  return { slots, narration, last: !nxt };
}
