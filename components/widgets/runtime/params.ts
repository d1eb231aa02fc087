import { MODEL_NAMES, models } from '../../../src/solver';
import { parseNumber } from './parseNumber';

/**
 * One parameter table per widget. From it come the controls, URL parsing and validation,
 * serialisation and presets; adding a parameter is one entry in the table.
 */

interface BaseSpec {
  /** Key in the values object, the URL and presets. */
  name: string;
  /** Visible label, e.g. "step size α". */
  label: string;
  /** Sentence for screen readers and tooltips. */
  help?: string;
}
export interface NumberSpec extends BaseSpec {
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
export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  default: string;
  choices: readonly { value: string; label: string }[];
}
export interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
  default: boolean;
}
export type ParamSpec = NumberSpec | ChoiceSpec | BooleanSpec;
export type ParamTable = readonly ParamSpec[];
export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

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
export function modelSpec(): ChoiceSpec {
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

/** The switch every widget has: keep the previous run on screen, faded, for comparison. */
export const GHOST_SPEC: BooleanSpec = {
  name: 'ghost',
  kind: 'boolean',
  label: 'Show the previous run faded',
  default: true,
};

/** The table's defaults. */
export function defaults(table: ParamTable): ParamValues {
  return Object.fromEntries(table.map((s) => [s.name, s.default]));
}

/** What a spec allows, in words ("a number from 0.001 to 1", "one of linear, tanh"). */
export function allowed(spec: ParamSpec): string {
  if (spec.kind === 'number') return `${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
  if (spec.kind === 'choice') return `one of ${spec.choices.map((c) => c.value).join(', ')}`;
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
    return spec.choices.some((c) => c.value === raw) ? { ok: true, value: raw as string } : fail;
  }
  if (raw === true || raw === 'true' || raw === '1') return { ok: true, value: true };
  if (raw === false || raw === 'false' || raw === '0') return { ok: true, value: false };
  return fail;
}

/**
 * Merges `raw` over `base`, keeping only values the table allows. Unknown keys are ignored
 * silently only when `strict` is false (presets may carry other widgets' keys).
 */
export function merge(
  table: ParamTable,
  base: ParamValues,
  raw: Record<string, unknown>,
): { values: ParamValues; ignored: Ignored[] } {
  const values = { ...base };
  const ignored: Ignored[] = [];
  for (const spec of table) {
    if (!(spec.name in raw)) continue;
    const r = coerce(spec, raw[spec.name]);
    if (r.ok) values[spec.name] = r.value;
    else ignored.push({ name: spec.name, value: String(raw[spec.name]).slice(0, 40), reason: r.reason });
  }
  return { values, ignored };
}

/** Typed readers for a values object built from a table. */
export const num = (v: ParamValues, name: string): number => v[name] as number;
export const str = (v: ParamValues, name: string): string => v[name] as string;
export const bool = (v: ParamValues, name: string): boolean => v[name] as boolean;
