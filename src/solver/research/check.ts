/** Validation of the research functions' parameters, with messages that name the fix. */
import { finite, integer, positive } from '../core/validate.ts';
import type { RootsParams } from './types.ts';

export function check(p: RootsParams) {
  const alpha = positive('alpha', p.alpha);
  const steps = integer('steps', p.steps, 0, 100_000);
  const y0 = finite('y0', p.y0 ?? 2);
  const [A, B] = p.truth ?? [2, -4];
  finite('truth[0]', A);
  finite('truth[1]', B);
  const [lo, hi] = p.range ?? [1e-6, 6];
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new RangeError(`range must be two finite numbers [lo, hi] with lo < hi (got [${lo}, ${hi}])`);
  }
  const grid = integer('grid', p.grid ?? 60_000, 10, 10_000_000);
  return { alpha, steps, y0, A, B, lo, hi, grid };
}
