import type { UpdateDetail } from '../../../src/solver';

/** One record of the step-into view: inner step n of sample i, or the final sum and update. */
export type InnerRecord = { kind: 'inner'; i: number; n: number } | { kind: 'sum' };

/** The records of update `detail`: each sample's inner steps 0…M, then the sum. */
export function innerRecords(detail: UpdateDetail, M: number): InnerRecord[] {
  const out: InnerRecord[] = [];
  for (const s of detail.samples)
    for (let n = 0; n <= Math.min(M, s.inner.length - 1); n++) out.push({ kind: 'inner', i: s.i, n });
  out.push({ kind: 'sum' });
  return out;
}
