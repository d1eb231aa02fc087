import { part } from './dom';
import { iframeSnippet } from './embedSnippet';
import type { Row } from './exportRun';
import type { ExportState } from '../drawing/exportFigure';

// The exports load on first use: most readers never export, and every page has a JavaScript budget.
const exporter = () => import('../drawing/exportFigure');

/**
 * The "share and export" box of a widget: copy a link to this exact state, the iframe code of
 * the embed page, and downloads of the run (CSV, JSON) and the whole figure (SVG, PNG: every
 * panel, legends, the live equation and a caption with the parameters). File names carry the
 * widget, its parameters and the step shown, read at the moment of the click.
 */
export function bindShare(
  root: HTMLElement,
  kind: string,
  rows: () => Row[],
  state: () => ExportState & { run?: unknown },
): { update(): void } {
  const box = root.querySelector<HTMLElement>('[data-part="share"]');
  if (!box) return { update() {} };
  const status = part(box, '[data-part="share-status"]');
  const embed = part<HTMLTextAreaElement>(box, 'textarea');
  const embedBase = new URL(`embed/${kind}/`, new URL(box.dataset.base ?? '/', location.origin)).href;

  const actions: Record<string, () => Promise<void> | void> = {
    link: async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        status.textContent = 'Link copied: it opens this widget in this exact state and step.';
      } catch {
        status.textContent = `Copy this link: ${location.href}`;
      }
    },
    csv: async () => {
      const x = await exporter();
      x.download(`${x.exportName(kind, state())}.csv`, new Blob([x.toCsv(rows())], { type: 'text/csv' }));
    },
    json: async () => {
      const x = await exporter();
      const data = new Blob([JSON.stringify(rows(), null, 1)], { type: 'application/json' });
      x.download(`${x.exportName(kind, state())}.json`, data);
    },
    svg: async () => {
      const x = await exporter();
      const data = new Blob([x.wholeFigureSvg(root, state())], { type: 'image/svg+xml' });
      x.download(`${x.exportName(kind, state())}.svg`, data);
    },
    notebook: async () => {
      status.textContent = (await import('./notebookWidget')).downloadNotebook(kind, state(), await exporter());
    },
    png: async () => {
      const x = await exporter();
      x.download(`${x.exportName(kind, state())}.png`, await x.pngOfSvgText(x.wholeFigureSvg(root, state())));
    },
  };
  for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
    button.addEventListener('click', async () => {
      try {
        await actions[button.dataset.share ?? '']?.();
      } catch (error) {
        status.textContent = `That export did not work: ${error instanceof Error ? error.message : String(error)}.`;
      }
    });
  }
  const update = () => {
    embed.value = embedCode(embedBase, root, location.search);
  };
  // The code is written when the reader pauses (widget.ts); opening the box writes it at once,
  // so the box never shows an empty or older code.
  box.addEventListener('toggle', update);
  update();
  return { update };
}

/** Page-wide view options a link may carry (runtime/viewOptions.ts), passed on to the embed. */
const VIEW_KEYS = ['controls', 'lock', 'badge'];

/**
 * The iframe code for the embed page in this widget's current state ("w." is the embed's id),
 * showing the controls this widget shows. The page it is pasted into resizes the iframe to the
 * height the embed posts (Embed.astro), so the whole widget shows without an inner scrollbar;
 * where scripts are stripped (some LMS editors) the iframe keeps its height and scrolls.
 */
export function embedCode(embedBase: string, root: HTMLElement, search: string): string {
  const params = new URLSearchParams();
  const page = new URLSearchParams(search);
  for (const [k, v] of page) {
    if (k.startsWith(`${root.id}.`)) params.set(`w.${k.slice(root.id.length + 1)}`, v);
    else if (VIEW_KEYS.includes(k)) params.set(k, v);
  }
  // Only the controls the reader sees here (a lesson shows a few of a widget's parameters).
  const shown = [...root.querySelectorAll<HTMLElement>('[data-part="params"] .param:not([hidden]) [data-param]')];
  const limited = /"controls":\[/.test(root.dataset.props ?? '') || root.querySelector('.param[hidden]') !== null;
  if (!params.has('controls') && !params.has('w.controls') && limited) {
    params.set('controls', shown.map((c) => c.dataset.param).join(','));
  }
  const query = params.toString().replace(/%2C/g, ',');
  const title = root.querySelector('figcaption')?.textContent ?? 'Unrolled widget';
  return iframeSnippet(`${embedBase}${query ? `?${query}` : ''}`, title, root.id);
}
