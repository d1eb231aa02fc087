import type { LinkTarget } from '../lib/widgetIndex';
import { el } from '../../components/widgets/runtime/dom';
import { coerce, type ParamSpec, type ParamTable } from '../../components/widgets/runtime/params';
import { iframeSnippet } from '../../components/widgets/runtime/embedSnippet';

/**
 * The teacher's link builder (issue 13, PhET-style): pick a widget, which parameters the class
 * sees, which are locked at what values, and whether the badge waits to be revealed; it writes
 * the link and the iframe code. The widget reads them back (runtime/viewOptions.ts, urlState.ts).
 * The widgets' parameter tables come with the page (serialised at build time), so the teachers'
 * page does not load the widgets' code.
 */

/** One parameter's choices in the builder. */
export interface ParamChoice {
  name: string;
  show: boolean;
  lock: boolean;
  /** The value typed (empty: the page's own value). */
  value: string;
}

/** The query string for a target and the teacher's choices; errors name the value and what is allowed. */
export function buildQuery(
  target: LinkTarget,
  table: ParamTable,
  choices: ParamChoice[],
  hideBadge: boolean,
): { query: string; errors: string[] } {
  const params = new URLSearchParams();
  const errors: string[] = [];
  for (const c of choices) {
    const spec = table.find((s) => s.name === c.name);
    if (!spec || c.value.trim() === '') continue;
    const r = coerce(spec, c.value.trim());
    if (r.ok) params.set(`${target.id}.${c.name}`, String(r.value));
    else errors.push(`${spec.label}: “${c.value.trim().slice(0, 20)}” is not allowed; ${r.reason}.`);
  }
  const offered = target.controls ?? table.map((s) => s.name);
  const shown = choices.filter((c) => c.show && offered.includes(c.name)).map((c) => c.name);
  const locked = choices.filter((c) => c.lock).map((c) => c.name);
  if (shown.length < offered.length) params.set(`${target.id}.controls`, shown.join(','));
  if (locked.length) params.set(`${target.id}.lock`, locked.join(','));
  if (hideBadge) params.set(`${target.id}.badge`, 'hidden');
  return { query: params.toString().replace(/%2C/g, ','), errors };
}

function valueText(spec: ParamSpec): string {
  if (spec.kind === 'number') return `${spec.integer ? 'whole number' : 'number'}, ${spec.min} to ${spec.max}`;
  if (spec.kind === 'choice') return spec.choices.map((c) => c.value).join(' / ');
  return 'true / false';
}

/** Wires the builder form on the teachers' page. */
export function bindLinkBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-link-builder]');
  if (!form || form.dataset.bound) return;
  form.dataset.bound = 'true';
  const targets = JSON.parse(form.dataset.targets ?? '[]') as LinkTarget[];
  const TABLES = JSON.parse(form.dataset.tables ?? '{}') as Record<LinkTarget['kind'], ParamTable>;
  const site = new URL(form.dataset.base ?? '/', location.origin);
  const select = form.querySelector<HTMLSelectElement>('select[name="target"]');
  const rows = form.querySelector<HTMLTableSectionElement>('tbody');
  const badge = form.querySelector<HTMLInputElement>('input[name="badge"]');
  const link = form.querySelector<HTMLTextAreaElement>('textarea[name="link"]');
  const embed = form.querySelector<HTMLTextAreaElement>('textarea[name="embed"]');
  const open = form.querySelector<HTMLAnchorElement>('a[data-open]');
  const errors = form.querySelector<HTMLElement>('[data-errors]');
  if (!select || !rows || !badge || !link || !embed || !open || !errors) return;
  const [fallback] = targets;
  if (!fallback) return;
  const target = () => targets.find((t) => t.key === select.value) ?? fallback;

  const renderRows = () => {
    const t = target();
    const offered = t.controls ?? TABLES[t.kind].map((s) => s.name);
    rows.replaceChildren(
      ...TABLES[t.kind].map((spec) => {
        const id = `lb-${spec.name}`;
        const onPage = offered.includes(spec.name);
        return el(
          'tr',
          { 'data-name': spec.name },
          el('th', { scope: 'row', text: spec.label }),
          el(
            'td',
            {},
            onPage
              ? el('input', {
                  type: 'checkbox',
                  id: `${id}-show`,
                  'data-role': 'show',
                  checked: true,
                  'aria-label': `Show ${spec.label}`,
                })
              : el('span', { class: 'muted', text: 'not on this page' }),
          ),
          el(
            'td',
            {},
            el('input', {
              type: 'checkbox',
              id: `${id}-lock`,
              'data-role': 'lock',
              'aria-label': `Lock ${spec.label}`,
            }),
          ),
          el(
            'td',
            {},
            el('input', {
              type: 'text',
              id: `${id}-value`,
              'data-role': 'value',
              inputmode: spec.kind === 'number' ? 'decimal' : undefined,
              placeholder: String(spec.default),
              'aria-label': `${spec.label} value (${valueText(spec)})`,
            }),
          ),
        );
      }),
    );
    update();
  };

  const update = () => {
    const t = target();
    const choices: ParamChoice[] = [...rows.querySelectorAll<HTMLTableRowElement>('tr')].map((tr) => ({
      name: tr.dataset.name ?? '',
      show: tr.querySelector<HTMLInputElement>('[data-role="show"]')?.checked ?? false,
      lock: tr.querySelector<HTMLInputElement>('[data-role="lock"]')?.checked ?? false,
      value: tr.querySelector<HTMLInputElement>('[data-role="value"]')?.value ?? '',
    }));
    const { query, errors: problems } = buildQuery(t, TABLES[t.kind], choices, badge.checked);
    const url = new URL(`${t.path}${query ? `?${query}` : ''}`, site).href;
    link.value = url;
    open.href = url;
    // The embed page of the same kind, with the same choices under its id "w".
    const embedTarget = { ...t, id: 'w', path: `embed/${t.kind}/`, controls: null };
    const embedQuery = buildQuery(embedTarget, TABLES[t.kind], choices, badge.checked).query;
    const title = select.selectedOptions[0]?.textContent ?? 'Unrolled widget';
    embed.value = iframeSnippet(
      new URL(`embed/${t.kind}/${embedQuery ? `?${embedQuery}` : ''}`, site).href,
      title,
      t.kind,
    );
    errors.textContent = problems.join(' ');
    errors.hidden = problems.length === 0;
  };

  select.addEventListener('change', renderRows);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  renderRows();
  form.dataset.ready = 'true';
}
