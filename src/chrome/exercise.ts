import { formatFixed } from '../words/format';

/**
 * Check-yourself exercises (issue 13): the feedback echoes exactly what was typed, the question
 * states the precision it expects, and any answer within that precision is right.
 */

export type Parsed = { ok: true; value: number } | { ok: false; reason: string };

/** What was typed, as it will be quoted back: trimmed, and cut with "…" past 30 characters. */
export function quoted(text: string): string {
  const t = text.trim();
  return `“${t.length > 30 ? `${t.slice(0, 30)}…` : t}”`;
}

/**
 * Reads a typed number. Accepted: digits with a decimal point or a decimal comma, a leading
 * plus or minus (the hyphen, U+2212 − or an en dash), an exponent (1e-3). Anything else is
 * refused with a reason naming what is allowed.
 */
export function parseAnswer(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: false, reason: 'Type a number first, for example 1.25 or −0.4.' };
  if (t.includes(',') && t.includes('.')) {
    return {
      ok: false,
      reason: `${quoted(text)} has both a comma and a point: use one decimal separator and no thousands separator, for example 1234.5.`,
    };
  }
  const clean = t.replace(/^[−–]/, '-').replace(/e[−–]/i, 'e-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean)) {
    return {
      ok: false,
      reason: `${quoted(text)} is not a number: type digits with a decimal point or comma and an optional sign, for example 1.25, −0.4 or 2,5.`,
    };
  }
  const value = Number(clean);
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      reason: `${quoted(text)} is too large to be a number here: type an ordinary number such as 20.5.`,
    };
  }
  return { ok: true, value };
}

/**
 * The tolerance an exercise accepts: at least half a unit in the last decimal it asks for, so that
 * a correctly rounded answer is always right. Whole-number answers (0 decimals) keep theirs.
 */
export function acceptedTolerance(decimals: number, tolerance?: number): number {
  const given = tolerance ?? 0;
  return decimals > 0 ? Math.max(given, 0.5 * 10 ** -decimals) : given;
}

/** A tolerance as the reader reads it: 0.005, 0.00005 (never 5e-5). */
function plain(v: number): string {
  return String(Number(v.toFixed(12))).replace(/^(\d)e-(\d+)$/, (_, d: string, e: string) =>
    (Number(d) * 10 ** -Number(e)).toFixed(Number(e)),
  );
}

/** The sentence under the question that states the precision expected. */
export function precisionText(decimals: number, tolerance?: number): string {
  const tol = acceptedTolerance(decimals, tolerance);
  if (decimals === 0) {
    return tol === 0 ? 'Give a whole number.' : `Give a whole number; anything within ±${plain(tol)} counts.`;
  }
  const places = decimals === 1 ? '1 decimal place' : `${decimals} decimal places`;
  return `Give the answer to ${places}; anything within ±${plain(tol)} of the exact value counts.`;
}

export interface Verdict {
  /** Right, wrong, or null when the input is not a number. */
  correct: boolean | null;
  message: string;
}

/** Judges what was typed against the answer, echoing the text exactly as typed. */
export function judge(text: string, answer: number, decimals: number, tolerance?: number): Verdict {
  const parsed = parseAnswer(text);
  if (!parsed.ok) return { correct: null, message: parsed.reason };
  const tol = acceptedTolerance(decimals, tolerance);
  // A hair of slack for binary rounding (20.9 − 20.85 is not exactly 0.05 in floating point).
  const right = Math.abs(parsed.value - answer) <= tol + 1e-9 * Math.max(1, Math.abs(answer));
  return right
    ? {
        correct: true,
        message: `Right: you typed ${quoted(text)}; the answer is ${formatFixed(answer, decimals)}. The working is below.`,
      }
    : {
        correct: false,
        message: `Not quite: you typed ${quoted(text)}, which is not within ±${plain(tol)} of the answer. Try again, or open the working below.`,
      };
}
