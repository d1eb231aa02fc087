import type { UpdateDetail } from '../../../src/solver';
import { formatFixed } from '../../../src/words/format';
import { el } from '../runtime/dom';

/** Sample i's inner steps up to n (the last eight rows), the current one marked. */
export function sampleTable(d: UpdateDetail, i: number, n: number): HTMLElement {
  const s = d.samples[i];
  if (!s) return el('p');
  const head = el('tr', {}, ...['n', 'g(n)', 'dg/da', 'dg/db', 'L'].map((h) => el('th', { scope: 'col', text: h })));
  const rows = s.inner
    .slice(0, n + 1)
    .map((r) =>
      el(
        'tr',
        { class: r.n === n ? 'current-row' : undefined },
        el('td', { text: String(r.n) }),
        el('td', { text: formatFixed(r.g) }),
        el('td', { text: formatFixed(r.dg[0]) }),
        el('td', { text: formatFixed(r.dg[1]) }),
        el('td', { text: formatFixed(r.loss) }),
      ),
    );
  return el(
    'table',
    { class: 'inner-table' },
    el('caption', { text: `Sample ${i + 1}: x = ${formatFixed(s.x, 2)}, y = ${formatFixed(s.y, 2)}` }),
    el('thead', {}, head),
    el('tbody', {}, ...rows.slice(-8)),
  );
}

/** Each sample's term of ∂T/∂θ and their sum. */
export function sumTable(d: UpdateDetail): HTMLElement {
  const head = el(
    'tr',
    {},
    ...['i', 'yᵢ − h(xᵢ)', 'dh/da', 'dh/db', 'term a', 'term b'].map((h) => el('th', { scope: 'col', text: h })),
  );
  const rows = d.samples.map((s) =>
    el(
      'tr',
      {},
      ...[
        String(s.i + 1),
        formatFixed(s.residual),
        formatFixed(s.dh[0]),
        formatFixed(s.dh[1]),
        formatFixed(s.contribution[0]),
        formatFixed(s.contribution[1]),
      ].map((t) => el('td', { text: t })),
    ),
  );
  const total = el(
    'tr',
    { class: 'current-row' },
    el('th', { scope: 'row', colspan: 4, text: 'Σ = ∂T/∂θ' }),
    el('td', { text: formatFixed(d.grad[0]) }),
    el('td', { text: formatFixed(d.grad[1]) }),
  );
  return el(
    'table',
    { class: 'inner-table sum-table' },
    el('caption', { text: 'Each sample’s term −2(yᵢ − h(xᵢ))·dh/dθ, and their sum' }),
    el('thead', {}, head),
    el('tbody', {}, ...rows, total),
  );
}
