import { merge, type Ignored, type ParamTable, type ParamValues } from './params';

/**
 * A widget's state in the page URL, as `<widget id>.<param>=value` pairs (so several widgets on
 * one page never collide) plus `<widget id>.k` for the current step. Written with
 * `history.replaceState`, so the back button still leaves the page as usual.
 */
export function readUrlState(
  id: string,
  table: ParamTable,
  base: ParamValues,
  search: string = location.search,
): { values: ParamValues; k: number | null; ignored: Ignored[] } {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  const prefix = `${id}.`;
  for (const [key, value] of params) if (key.startsWith(prefix)) raw[key.slice(prefix.length)] = value;
  const { values, ignored } = merge(table, base, raw);
  let k: number | null = null;
  if ('k' in raw) {
    const n = Number(raw.k);
    if (Number.isInteger(n) && n >= 0) k = n;
    else ignored.push({ name: 'k', value: String(raw.k).slice(0, 40), reason: 'k must be a whole number ≥ 0' });
  }
  return { values, k, ignored };
}

/** Keys of a widget's view options (runtime/viewOptions.ts), which are not parameter values. */
const VIEW_KEYS = ['controls', 'lock', 'badge'];

/** The query string with this widget's entries replaced: only values that differ from `base`, and k. */
export function serialiseUrlState(
  id: string,
  table: ParamTable,
  values: ParamValues,
  base: ParamValues,
  k: number,
  search: string = location.search,
): string {
  const params = new URLSearchParams(search);
  // The widget's values are rewritten; its view options (controls, lock, badge) stay as linked.
  for (const key of [...params.keys()]) {
    if (key.startsWith(`${id}.`) && !VIEW_KEYS.includes(key.slice(id.length + 1))) params.delete(key);
  }
  for (const spec of table) {
    if (values[spec.name] !== base[spec.name]) params.set(`${id}.${spec.name}`, String(values[spec.name]));
  }
  if (k > 0) params.set(`${id}.k`, String(k));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Replaces the current history entry's query with this widget's state. */
export function writeUrlState(id: string, table: ParamTable, values: ParamValues, base: ParamValues, k: number): void {
  const search = serialiseUrlState(id, table, values, base, k);
  if (search === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}
