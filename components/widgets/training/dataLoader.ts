import { chunkMessage, loadChunk } from '../runtime/chunks';
import { part } from '../runtime/dom';
import type { WidgetContext } from '../runtime/spec';
import type { TrainingRun } from './compute';
import type { DataPlotView } from './dataPlot';

/** The editor's draw: the points of the run on screen at update k. */
export type DrawPoints = (run: TrainingRun, k: number) => void;

/**
 * Loads the data editor (dataEditor.ts) on first need, not with the page: when the data panel
 * comes near the screen, or the reader points at or tabs into the widget, whichever is first.
 * Until then the points are drawn but not yet buttons. When its chunk cannot load (offline, or a
 * deployment removed it) the data's status line says so. `ready` gets the editor's draw, which
 * is then given the run on screen at once; an "Add a point" pressed while it loaded is replayed.
 */
export function loadDataEditor(
  ctx: WidgetContext<TrainingRun>,
  host: HTMLElement,
  view: () => DataPlotView,
  ready: (draw: DrawPoints) => void,
): void {
  const { root } = ctx;
  // "Add a point" pressed before the editor has loaded is not lost: it is pressed again once it has.
  const addButton = part<HTMLButtonElement>(root, '[data-action="add-point"]');
  let loaded = false;
  let addPending = false;
  const onEarlyAdd = () => {
    if (loaded) return;
    addPending = true;
    start();
  };
  addButton.addEventListener('click', onEarlyAdd);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    root.removeEventListener('focusin', start);
    root.removeEventListener('pointerover', start);
    loadChunk(() => import('./dataEditor')).then(
      (m) => {
        const draw = m.createDataEditor(root, host, view, {
          data: (text) => ctx.set({ data: text }),
          current: () => String(ctx.values().data ?? ''),
        });
        loaded = true;
        addButton.removeEventListener('click', onEarlyAdd);
        ready(draw);
        const run = ctx.run();
        if (run) draw(run, ctx.stepper.k);
        if (addPending) addButton.click();
      },
      (error: unknown) => {
        part(root, '[data-part="data-status"]').textContent = chunkMessage('Moving the data points', error);
      },
    );
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
          rootMargin: '400px 0px',
        })
      : null;
  if (observer) observer.observe(host);
  else start();
  root.addEventListener('focusin', start);
  root.addEventListener('pointerover', start);
}
