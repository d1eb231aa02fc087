import { el } from './dom';
import type { Ignored, ParamValues } from './params';

/** The writers of a widget's text: slots, readout rows and the notice of ignored values. */

/**
 * Sets a node's text only when it changes (an unchanged write still costs a relayout); a node
 * holding one text node keeps it and changes its data, which lays out less than a new node.
 */
export function setText(node: HTMLElement, text: string): void {
  if (node.textContent === text) return;
  const only = node.firstChild;
  if (only && only === node.lastChild && only.nodeType === Node.TEXT_NODE && text !== '') (only as Text).data = text;
  else node.textContent = text;
}

/** Writes the readout rows, reusing the rows already there. */
export function fillReadout(body: HTMLTableSectionElement, rows: [string, string][]): void {
  while (body.rows.length > rows.length) body.deleteRow(-1);
  rows.forEach(([h, v], i) => {
    const row = body.rows[i] ?? body.appendChild(el('tr', {}, el('th', { scope: 'row' }), el('td')));
    const [th, td] = row.cells;
    if (th) setText(th, h);
    if (td) setText(td, v);
  });
}

/** Says which values from a link or preset were ignored, and what is used instead. */
export function notice(box: HTMLElement, ignored: Ignored[], defaultsOf: ParamValues): void {
  box.textContent = ignored
    .map((i) => {
      const kept = String(defaultsOf[i.name] ?? 0);
      // An empty text (no typed model, the lesson's data) is the default: say so, not "using ."
      return `Ignored ${i.name}=${i.value}: ${i.reason}; using ${kept === '' ? 'the default' : kept}.`;
    })
    .join(' ');
  box.hidden = ignored.length === 0;
}

/** Writes each `[data-slot]` under `host` that `slots` names (equation numbers, build-time slots). */
export function writeSlots(host: ParentNode, slots: Record<string, string>): void {
  for (const slot of host.querySelectorAll<HTMLElement>('[data-slot]')) {
    const v = slots[slot.dataset.slot ?? ''];
    if (v !== undefined) setText(slot, v);
  }
}
