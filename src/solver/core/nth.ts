/**
 * Checked reads for the solver's arrays: with noUncheckedIndexedAccess an index read may be
 * undefined, and a silent `as number` would turn a wrong index into NaN far from its cause.
 * Each reader throws a RangeError naming the index and the length when there is no such entry.
 *
 * There are three so that the hot loops stay fast: V8 keeps one set of type feedback per
 * function, so a reader shared by every kind of array turns megamorphic and is no longer
 * inlined (the article's training run took twice as long). {@link f64At} only ever sees
 * Float64Array scratch buffers and {@link numAt} only plain number arrays; {@link nth} is for
 * everything else.
 *
 * The innermost loops (the per-sample sum, the unrolled recursions, the kernels) read and check
 * in place instead, `const v = xs[i]; if (v === undefined) throw outOfRange(i, xs.length)`: a
 * call into another module there costs more than the loop body wherever modules are not
 * bundled into one scope (Vitest, so the benchmarks, calls each import through a getter).
 */

/** The error of a checked read past the end of an array. */
export function outOfRange(i: number, length: number): RangeError {
  return new RangeError(`index ${i} is out of range for an array of length ${length}`);
}

/** xs[i] of any array-like (records, duals, cold code). */
export function nth<T>(xs: ArrayLike<T>, i: number): T {
  const v = xs[i];
  if (v === undefined) throw outOfRange(i, xs.length);
  return v;
}

/** xs[i] of a Float64Array (the kernels' scratch buffers, dh/dθ, stored iterates). */
export function f64At(xs: Float64Array, i: number): number {
  const v = xs[i];
  if (v === undefined) throw outOfRange(i, xs.length);
  return v;
}

/** xs[i] of a plain number array (θ, gradients, data, optimizer state). */
export function numAt(xs: readonly number[], i: number): number {
  const v = xs[i];
  if (v === undefined) throw outOfRange(i, xs.length);
  return v;
}
