/**
 * Checked reads for the solver's arrays: with noUncheckedIndexedAccess an index read may be
 * undefined, and a silent `as number` would turn a wrong index into NaN far from its cause.
 */

/** xs[i]; throws a RangeError naming the index and the length when there is no such entry. */
export function nth<T>(xs: ArrayLike<T>, i: number): T {
  const v = xs[i];
  if (v === undefined) throw new RangeError(`index ${i} is out of range for an array of length ${xs.length}`);
  return v;
}
