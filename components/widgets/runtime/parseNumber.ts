/**
 * A number as a reader types it, or a sentence saying why it is not one. Accepted: the minus
 * sign the site prints (U+2212) or a hyphen, a leading plus, a decimal point or a decimal comma
 * ("0,5" is a half), and an exponent ("1e-3"). Refused, never silently changed: hexadecimal
 * ("0x10"), grouping ("1,000" or "1 000"), several signs or separators, words, and numbers too
 * large to be finite. Shared by the widgets' inputs and the exercises.
 */
export type Parsed = { ok: true; value: number } | { ok: false; reason: string };

const SHAPE = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;
const EXAMPLE = 'digits with an optional sign (− or +) and a decimal point or comma, e.g. −0.5 or 1,5';

export function parseNumber(typed: string): Parsed {
  const text = typed.trim().replace(/\u2212/g, '-');
  const shown = typed.trim().slice(0, 24);
  if (text === '') return { ok: false, reason: `nothing was typed: type ${EXAMPLE}` };
  if (!SHAPE.test(text)) return { ok: false, reason: `“${shown}” is not a number: type ${EXAMPLE}` };
  // "1,000" reads as one thousand in English and as one in much of Europe: ask which.
  if (/^[+-]?\d{1,3},\d{3}(?:e|$)/i.test(text))
    return {
      ok: false,
      reason: `“${shown}” is ambiguous: write ${text.replace(',', '')} for the whole number, or ${text.replace(',', '.')} with a decimal point`,
    };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, reason: `“${shown}” is too large to compute with` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
