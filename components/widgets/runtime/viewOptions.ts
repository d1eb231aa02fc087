import type { ParamTable } from './params';

/**
 * How a link or an embed shows a widget (issue 13), beside its parameter values: which controls
 * are shown, which are locked at their values, and whether the badge waits to be revealed.
 * Read from the query string, for one widget (`<id>.controls=…`) or every widget of the page
 * (`controls=…`, as an embed or a teacher's link uses it):
 *
 *   controls=alpha,N   only these controls are shown (the rest keep their values, hidden)
 *   lock=alpha         shown but disabled, at the value the link sets
 *   badge=hidden       the verdict badge stays hidden until the reader asks for it
 */
export interface ViewOptions {
  controls: string[] | null;
  locked: string[];
  hideBadge: boolean;
  /** Names in the link that the widget does not have, with what it does have. */
  problems: string[];
}

/** The names a view option lists, checked against the widget's table. */
function names(raw: string | null, table: ParamTable, option: string, problems: string[]): string[] | null {
  if (raw === null) return null;
  const known = new Set(table.map((s) => s.name));
  const listed = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = listed.filter((n) => !known.has(n));
  if (unknown.length) {
    problems.push(`${option}=${unknown.join(',')}: not a parameter here (this widget has ${[...known].join(', ')})`);
  }
  return listed.filter((n) => known.has(n));
}

/** Reads the view options for widget `id` from a query string (its own keys win over the page's). */
export function readViewOptions(id: string, table: ParamTable, search: string = location.search): ViewOptions {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(`${id}.${key}`) ?? params.get(key);
  const problems: string[] = [];
  const controls = names(get('controls'), table, 'controls', problems);
  const locked = names(get('lock'), table, 'lock', problems) ?? [];
  const badge = get('badge');
  if (badge !== null && badge !== 'hidden' && badge !== 'shown') {
    problems.push(`badge=${badge.slice(0, 20)}: use badge=hidden or badge=shown`);
  }
  return { controls, locked, hideBadge: badge === 'hidden', problems };
}
