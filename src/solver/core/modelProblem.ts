/**
 * What can be wrong with a typed model, as data; src/words/modelProblems.ts
 * turns each case into a sentence that names the problem and what is allowed.
 */
import type { FunctionName } from './expression.ts';

/** The longest typed model accepted, in characters. */
export const MAX_MODEL_LENGTH = 120;

export type ModelProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number; max: number }
  /** The parser stopped at `position` (0-based); `detail` is its own words. */
  | { kind: 'syntax'; position: number; detail: string }
  /** Two terms side by side, e.g. `2 y` or `a sin(y)`. */
  | { kind: 'missing-operator' }
  | { kind: 'unknown-name'; name: string; position: number }
  /** A function name used without brackets (`sin*y`) or a variable called like a function (`y(2)`). */
  | { kind: 'not-a-function'; name: string; position: number }
  | { kind: 'not-a-value'; name: FunctionName; position: number }
  | { kind: 'arity'; name: FunctionName; got: number }
  /** An operator or construct outside + − * / ^ and brackets, e.g. %, ?:, a.b, "text". */
  | { kind: 'unsupported'; what: string }
  | { kind: 'variable-exponent' }
  | { kind: 'no-y' }
  | { kind: 'no-theta' }
  /** A division by zero at the latent value y. */
  | { kind: 'division-by-zero'; y: number }
  /** A function outside its domain (log or √ of a negative number, 0 to a negative power) at y. */
  | { kind: 'domain'; y: number }
  /** A value too large for a double at y. */
  | { kind: 'overflow'; y: number }
  /** f is finite at y but a derivative is not (√y at 0, or an overflow in a derivative). */
  | { kind: 'infinite-derivative'; y: number };

/** Either the value or the problem that kept it from being made. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ModelProblem };
