/**
 * A checked read for the digit views: with noUncheckedIndexedAccess an index read may be
 * undefined; this throws a RangeError naming the index and the length instead of drawing NaN.
 */
export function valueAt(xs: ArrayLike<number>, i: number): number {
  const v = xs[i];
  if (v === undefined) throw new RangeError(`index ${i} is out of range for an array of length ${xs.length}`);
  return v;
}
