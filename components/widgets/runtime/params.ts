import { MODEL_NAMES, models, type ModelName } from '../../../src/solver';
import { parseNumber } from './parseNumber';

/**
 * One parameter table per widget. From it come the controls, URL parsing and validation,
 * serialisation and presets; adding a parameter is one entry in the table.
 */

interface BaseSpec<N extends string> {
  /** Key in the values object, the URL and presets. */
  name: N;
  /** Visible label, e.g. "step size α". */
  label: string;
  /** Sentence for screen readers and tooltips. */
  help?: string;
}
export interface NumberSpec<N extends string = string> extends BaseSpec<N> {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Input granularity; integers use 1. */
  step: number;
  integer?: boolean;
  /** A log-scale slider (α, β) instead of a linear one. */
  scale?: 'linear' | 'log';
}
export interface ChoiceSpec<N extends string = string, C extends string = string> extends BaseSpec<N> {
  kind: 'choice';
  default: C;
  choices: readonly { value: C; label: string }[];
}
export interface BooleanSpec<N extends string = string> extends BaseSpec<N> {
  kind: 'boolean';
  default: boolean;
}
/** A short text, e.g. a model the reader types (checked further by whoever reads it). */
export interface TextSpec<N extends string = string> extends BaseSpec<N> {
  kind: 'text';
  default: string;
  maxLength: number;
  /** Why a non-empty text is refused (what is wrong and what is allowed), or null when it is fine. */
  check?: (text: string) => string | null;
}
export type ParamSpec = NumberSpec | ChoiceSpec | BooleanSpec | TextSpec;
export type ParamTable = readonly ParamSpec[];
export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/** The value type one spec allows: a number, a boolean, or the union of its choices. */
export type ValueOf<S extends ParamSpec> = S extends { kind: 'choice'; choices: readonly { value: infer C }[] }
  ? C
  : S extends { kind: 'number' }
    ? number
    : S extends { kind: 'text' }
      ? string
      : boolean;

/**
 * A widget's values, typed from its table (declared `as const satisfies ParamTable`): one key per
 * parameter, a choice typed as the union of its values. A misspelt name or choice fails `tsc`.
 */
export type ValuesOf<T extends ParamTable> = { -readonly [S in T[number] as S['name']]: ValueOf<S> };

/**
 * The values the runtime holds, read through their table's types. The runtime builds them only
 * from the table's defaults and merge() against the same table (every name present, every value
 * one its spec allows), so this one assertion is where untyped values become typed.
 */
export function valuesOf<T extends ParamTable>(table: T, values: ParamValues): ValuesOf<T> {
  void table;
  return values as ValuesOf<T>;
}

/** A value that was refused, and why, so the widget can say which value it ignored. */
export interface Ignored {
  name: string;
  value: string;
  reason: string;
}

/**
 * The model choice shared by the widgets: one option per solver model, labelled with its formula
 * (the article's linear model first).
 */
export function modelSpec(): ChoiceSpec<'model', ModelName> {
  return {
    name: 'model',
    kind: 'choice',
    label: 'Model f(y)',
    default: 'linear',
    choices: MODEL_NAMES.map((n) => ({
      value: n,
      label: `${models[n].label.replace('f(y) = ', '')}${n === 'linear' ? ' (the article)' : ''}`,
    })),
  };
}

/** The model choice with a last option, "your own": the model typed in a text parameter. */
export function modelSpecWithCustom(): ChoiceSpec<'model', ModelName | 'custom'> {
  const spec = modelSpec();
  return { ...spec, choices: [...spec.choices, { value: 'custom', label: 'your own' }] };
}

/** The switch every widget has: keep the previous run on screen, faded, for comparison. */
export const GHOST_SPEC: BooleanSpec<'ghost'> = {
  name: 'ghost',
  kind: 'boolean',
  label: 'Show the previous run faded',
  default: true,
};

/** The table's defaults. */
export function defaults<T extends ParamTable>(table: T): ValuesOf<T> {
  return valuesOf(table, Object.fromEntries(table.map((s) => [s.name, s.default])));
}

/** What a spec allows, in words ("a number from 0.001 to 1", "one of linear, tanh"). */
export function allowed(spec: ParamSpec): string {
  if (spec.kind === 'number') return `${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
  if (spec.kind === 'choice') return `one of ${spec.choices.map((c) => c.value).join(', ')}`;
  if (spec.kind === 'text') return `at most ${spec.maxLength} characters`;
  return 'true or false';
}

/** Checks one raw value (from a URL, a preset or an input) against its spec. */
export function coerce(spec: ParamSpec, raw: unknown): { ok: true; value: ParamValue } | { ok: false; reason: string } {
  const fail = { ok: false as const, reason: `${spec.name} must be ${allowed(spec)}` };
  if (spec.kind === 'number') {
    let v = typeof raw === 'number' ? raw : NaN;
    if (typeof raw === 'string') {
      // Typed text and URL values go through the one parser: "−3", "+2", "0,5"; never "0x10".
      const parsed = parseNumber(raw);
      if (!parsed.ok) return { ok: false, reason: `${spec.name}: ${parsed.reason}; it must be ${allowed(spec)}` };
      v = parsed.value;
    }
    if (!Number.isFinite(v) || v < spec.min || v > spec.max) return fail;
    if (spec.integer && !Number.isInteger(v)) return fail;
    return { ok: true, value: v };
  }
  if (spec.kind === 'choice') {
    return typeof raw === 'string' && spec.choices.some((c) => c.value === raw) ? { ok: true, value: raw } : fail;
  }
  if (spec.kind === 'text') {
    if (typeof raw !== 'string' || raw.length > spec.maxLength) return fail;
    const reason = raw === '' ? null : (spec.check?.(raw) ?? null);
    return reason === null ? { ok: true, value: raw } : { ok: false, reason: `${spec.name}: ${reason}` };
  }
  if (raw === true || raw === 'true' || raw === '1') return { ok: true, value: true };
  if (raw === false || raw === 'false' || raw === '0') return { ok: true, value: false };
  return fail;
}

/**
 * Merges `raw` over `base`, keeping only values the table allows. Unknown keys are ignored
 * silently only when `strict` is false (presets may carry other widgets' keys).
 */
export function merge<T extends ParamTable>(
  table: T,
  base: ParamValues,
  raw: Record<string, unknown>,
): { values: ValuesOf<T>; ignored: Ignored[] } {
  const values = { ...base };
  const ignored: Ignored[] = [];
  for (const spec of table) {
    if (!(spec.name in raw)) continue;
    const r = coerce(spec, raw[spec.name]);
    if (r.ok) values[spec.name] = r.value;
    else ignored.push({ name: spec.name, value: String(raw[spec.name]).slice(0, 40), reason: r.reason });
  }
  return { values: valuesOf(table, values), ignored };
}
