import type { digits as dg } from '../../../src/solver';

/** The export rows of one image's inversion: n, the loss and the ten weights y0..y9 per step. */
export function digitStepRows(records: readonly dg.DigitStep[]): Record<string, number>[] {
  return records.map((r) => ({
    n: r.n,
    loss: r.loss,
    ...Object.fromEntries(Array.from(r.y, (v, c) => [`y${c}`, v])),
  }));
}
