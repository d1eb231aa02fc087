/**
 * Parameter checks shared by every entry point. Each check throws a RangeError
 * (a value out of range) or a TypeError (a value of the wrong kind) whose
 * message names the parameter and its allowed range, e.g.
 * `alpha must be a finite number > 0 (got -1)`.
 */
import { getModel, type Model } from './models.ts';

/** Largest number of steps, epochs or gradient steps any entry point accepts. */
export const MAX_STEPS = 100_000;
/** Largest number of samples {@link makeData} generates. */
export const MAX_SAMPLES = 1000;
/** Largest grid side of a landscape. */
export const MAX_GRID = 1000;
/** A run counts as diverged once |y|, |θ| or a loss passes this bound (or is not finite). */
export const DIVERGENCE_BOUND = 1e12;

/** Renders a received value for an error message. */
export function shown(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(shown).join(', ')}]`;
  if (v === null) return 'null';
  return typeof v;
}

/** `v` as a finite number. */
export function finite(name: string, v: unknown): number {
  if (typeof v !== 'number') throw new TypeError(`${name} must be a finite number (got ${shown(v)})`);
  if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number (got ${shown(v)})`);
  return v;
}

/** `v` as a finite number > 0. */
export function positive(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    const Err = typeof v === 'number' ? RangeError : TypeError;
    throw new Err(`${name} must be a finite number > 0 (got ${shown(v)})`);
  }
  return v;
}

/** `v` as a finite number ≥ 0. */
export function nonNegative(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    const Err = typeof v === 'number' ? RangeError : TypeError;
    throw new Err(`${name} must be a finite number ≥ 0 (got ${shown(v)})`);
  }
  return v;
}

/** `v` as a number in [0, 1) (momentum, Adam's decay rates). */
export function unitInterval(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v >= 1) {
    const Err = typeof v === 'number' ? RangeError : TypeError;
    throw new Err(`${name} must be a finite number in [0, 1) (got ${shown(v)})`);
  }
  return v;
}

/** `v` as an integer in [min, max] (steps, epochs, counts). */
export function integer(name: string, v: unknown, min = 0, max = MAX_STEPS): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    const Err = typeof v === 'number' ? RangeError : TypeError;
    throw new Err(`${name} must be an integer from ${min} to ${max} (got ${shown(v)})`);
  }
  return v;
}

/** One of the allowed strings. */
export function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new TypeError(`${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${shown(v)})`);
  }
  return v as T;
}

/** A model object, or the name of a built-in model. */
export function model(v: unknown): Model {
  if (typeof v === 'string') return getModel(v);
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof (v as Model).f !== 'function' ||
    !Array.isArray((v as Model).thetaNames)
  ) {
    throw new TypeError(`model must be one of 'linear', 'tanh', 'cubic' or a Model object (got ${shown(v)})`);
  }
  return v as Model;
}

/** θ as a fresh array of finite numbers, one per name in `model.thetaNames`. */
export function theta(name: string, v: unknown, m: Model): number[] {
  const k = m.thetaNames.length;
  if (!Array.isArray(v) || v.length !== k) {
    throw new RangeError(
      `${name} must be an array of ${k} finite numbers [${m.thetaNames.join(', ')}] (got ${shown(v)})`,
    );
  }
  return v.map((t: unknown, j) => finite(`${name}[${j}] (${m.thetaNames[j]})`, t));
}

/** Training data: x and y of the same, non-zero length, all finite. */
export function data(v: unknown): { x: number[]; y: number[] } {
  const d = v as { x?: unknown; y?: unknown } | null;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.x) || !Array.isArray(d.y)) {
    throw new TypeError(`data must be { x: number[], y: number[] } (got ${shown(v)})`);
  }
  if (d.x.length !== d.y.length) {
    throw new RangeError(`data.x and data.y must have the same length (got ${d.x.length} and ${d.y.length})`);
  }
  if (d.x.length === 0) throw new RangeError('data must hold at least 1 sample (got 0)');
  return {
    x: d.x.map((t: unknown, i) => finite(`data.x[${i}]`, t)),
    y: d.y.map((t: unknown, i) => finite(`data.y[${i}]`, t)),
  };
}

/** A [min, max] pair with min ≤ max (infinite ends allowed, NaN not). */
export function range(name: string, v: unknown, allowInfinite = false): [min: number, max: number] {
  const ok = (t: unknown): t is number =>
    typeof t === 'number' && !Number.isNaN(t) && (allowInfinite || Number.isFinite(t));
  if (!Array.isArray(v) || v.length !== 2 || !ok(v[0]) || !ok(v[1]) || v[0] > v[1]) {
    const kind = allowInfinite ? 'numbers (±Infinity allowed)' : 'finite numbers';
    throw new RangeError(`${name} must be [min, max] of ${kind} with min ≤ max (got ${shown(v)})`);
  }
  return [v[0], v[1]];
}

/** One [min, max] pair (or null for "free") per θ component. */
export function clamp(v: unknown, m: Model): ([min: number, max: number] | null)[] | null {
  if (v === undefined || v === null) return null;
  const k = m.thetaNames.length;
  if (!Array.isArray(v) || v.length !== k) {
    throw new RangeError(`clamp must have one [min, max] pair or null per θ component (${k}) (got ${shown(v)})`);
  }
  return v.map((c: unknown, j) => (c === null ? null : range(`clamp[${j}] (${m.thetaNames[j]})`, c, true)));
}
