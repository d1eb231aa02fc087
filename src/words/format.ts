/**
 * The one number formatter of the site: sentences about runs, readouts, equation slots,
 * narration, exports' labels and axis ticks all go through it, so the same value always reads
 * the same way: a few significant digits (or fixed decimals) and a true minus sign.
 */

/** What to show for a value that does not exist (a diverged run has no next step). */
export const NONE = 'diverged';

/**
 * `v` with a fixed number of decimals (tabular readouts and equations, e.g. 1.5392), a true
 * minus sign, and an exponent for magnitudes that fixed decimals would hide or blow up
 * (below 10^−decimals but not 0, or ≥ 1e6). `null`, `undefined` and non-finite values read
 * "diverged".
 */
export function formatFixed(v: number | null | undefined, decimals = 4): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NONE;
  const size = Math.abs(v);
  if (size !== 0 && (size >= 1e6 || size < 0.5 * 10 ** -decimals)) return formatValue(v, Math.max(2, decimals - 1));
  const text = v.toFixed(decimals);
  // -0.0000 reads as 0.0000
  return (/^-0\.?0*$/.test(text) ? text.slice(1) : text).replace('-', '−');
}

/** `v` with `digits` significant digits (narration, ticks, parameter values). */
export function formatSig(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NONE;
  return formatValue(v, digits);
}

/**
 * A count with a comma between thousands (5,001), a true minus sign. Not Intl.NumberFormat:
 * its first use on a page loads the browser's locale data, over 100 ms at 4× CPU throttling.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return formatValue(n);
  const digits = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n <= -0.5 ? `−${digits}` : digits;
}

/** Wraps a negative formatted number in parentheses, for use after an operator: 0.05 · (−0.92). */
export function paren(text: string): string {
  return text.startsWith('−') ? `(${text})` : text;
}

/**
 * `v` with `digits` significant digits, a Unicode minus, and an exponent
 * (1.2e12) for magnitudes ≥ 1e6 or below 1e-4; ∞ / NaN spelled out.
 */
export function formatValue(v: number, digits = 3): string {
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
 * `v` like {@link formatValue}, with as many extra digits as it takes not to read as one of the `marks`
 * (the thresholds a sentence turns on) when it is not that mark: α·a² = 0.9996 must not print
 * as "1". Up to 17 significant digits.
 */
export function formatNear(v: number, marks: number | readonly number[], digits = 3): string {
  const list = typeof marks === 'number' ? [marks] : marks;
  const misleads = (d: number) => {
    const shown = Number(formatValue(v, d).replace(/−/g, '-'));
    return list.some((m) => v !== m && shown === m);
  };
  let d = digits;
  while (d < 17 && misleads(d)) d++;
  return formatValue(v, d);
}
