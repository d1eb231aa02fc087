/**
 * Number formatting for the sentences the solver writes (divergence reasons,
 * regime descriptions). Widgets show those sentences verbatim, so numbers read
 * like a textbook: a few significant digits and a true minus sign.
 */

/**
 * `v` with `digits` significant digits, a Unicode minus, and an exponent
 * (1.2e12) for magnitudes ≥ 1e6 or below 1e-4; ∞ / NaN spelled out.
 */
export function fmt(v: number, digits = 3): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const size = Math.abs(v);
  const text =
    size !== 0 && (size >= 1e6 || size < 1e-4)
      ? v
          .toExponential(digits - 1)
          .replace(/\.?0+e/, 'e')
          .replace('e+', 'e')
      : String(Number(v.toPrecision(digits)));
  return text.replace(/-/g, '−');
}

/**
 * `v` like {@link fmt}, with as many extra digits as it takes not to read as one of the `marks`
 * (the thresholds a sentence turns on) when it is not that mark: α·a² = 0.9996 must not print
 * as "1". Up to 17 significant digits.
 */
export function fmtNear(v: number, marks: number | readonly number[], digits = 3): string {
  const list = typeof marks === 'number' ? [marks] : marks;
  const misleads = (d: number) => {
    const shown = Number(fmt(v, d).replace(/−/g, '-'));
    return list.some((m) => v !== m && shown === m);
  };
  let d = digits;
  while (d < 17 && misleads(d)) d++;
  return fmt(v, d);
}
