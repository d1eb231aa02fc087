/**
 * The one number formatter of the site: readouts, equation slots, narration, exports' labels
 * and axis ticks all go through it, so the same value always reads the same way.
 */
import { fmt } from './sentenceFormat.ts';

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
  if (size !== 0 && (size >= 1e6 || size < 0.5 * 10 ** -decimals)) return fmt(v, Math.max(2, decimals - 1));
  const text = v.toFixed(decimals);
  // -0.0000 reads as 0.0000
  return (/^-0\.?0*$/.test(text) ? text.slice(1) : text).replace('-', '−');
}

/** `v` with `digits` significant digits (narration, ticks, parameter values). */
export function formatSig(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return NONE;
  return fmt(v, digits);
}

/** Wraps a negative formatted number in parentheses, for use after an operator: 0.05 · (−0.92). */
export function paren(text: string): string {
  return text.startsWith('−') ? `(${text})` : text;
}
