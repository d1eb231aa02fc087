import type { Dataset } from '../../../src/solver';
import { dataNumber, dataProblem, dataText, READER_DATA } from '../../../src/solver/core/readerData';
import { dataProblemWords } from '../../../src/words/dataProblems';
import { formatSig } from '../../../src/words/format';
import { el, part } from '../runtime/dom';
import type { TrainingRun } from './compute';
import type { DataPlotView } from './dataPlot';
import { pointForNewData, pointHandle } from './dataPoints';

/** Arrow-key steps of a point (y, x); with Shift five times as far. */
const KEY_STEP = { y: 0.1, x: 0.2 };

/**
 * The reader's own data on the data panel: each pair is a button over its square, dragged with
 * the mouse or moved with the arrow keys (Delete removes it); a click on the plot or "Add a
 * point" adds one, "Reset data" returns to the lesson's. Every change goes to `onData` as the
 * compact text of parameter `data` (so through the runner and the URL); a change the data's
 * checks refuse is said in words and undone. When the new run arrives, its T is announced; when it
 * fails or is refused (the run on screen stays), the points go back to that run's data, and the
 * status line says so.
 */
export function createDataEditor(
  root: HTMLElement,
  host: HTMLElement,
  view: () => DataPlotView,
  on: { data(text: string): void; current(): string },
) {
  const layer = host.appendChild(el('div', { class: 'data-handles' }));
  const addButton = part<HTMLButtonElement>(root, '[data-action="add-point"]');
  const resetButton = part<HTMLButtonElement>(root, '[data-action="reset-data"]');
  const status = part(root, '[data-part="data-status"]');
  let data: Dataset = { x: [], y: [] };
  let shown: TrainingRun | null = null;
  let dragging = false;
  /** What the reader did, announced with the new T once its run arrives. */
  let pending: string | null = null;
  let focusAfter: number | null = null;
  /** The data of the reader's latest edit until its run arrives: older runs do not move the points back. */
  let awaiting: string | null = null;

  const handles = () => [...layer.children] as HTMLButtonElement[];
  const say = (text: string) => (status.textContent = text);
  const figure = () => host.querySelector<SVGSVGElement>('svg.figure');

  /** The figure's viewBox and box and the handles' layer's box, read once before any handle moves. */
  function boxes() {
    const svg = figure();
    return { vb: svg?.viewBox.baseVal, box: svg?.getBoundingClientRect(), own: layer.getBoundingClientRect() };
  }

  /**
   * Where a point of the figure (SVG units) is on the handles' layer, in % of the layer: through
   * the figure's box and viewBox, which differ from the layer's when presenting (a narrower,
   * centred figure; a viewBox grown for the projector's legend). The boxes are read before the
   * handles move: reading them after each move would lay the page out once per point.
   */
  function at(ux: number, uy: number, { vb, box, own }: ReturnType<typeof boxes>): { left: string; top: string } {
    const v = view();
    if (!vb || !box || vb.width === 0 || box.width === 0 || own.width === 0 || own.height === 0)
      return { left: `${(100 * ux) / v.width}%`, top: `${(100 * uy) / v.height}%` };
    const x = box.left - own.left + ((ux - vb.x) * box.width) / vb.width;
    const y = box.top - own.top + ((uy - vb.y) * box.height) / vb.height;
    return { left: `${(100 * x) / own.width}%`, top: `${(100 * y) / own.height}%` };
  }

  /** Puts one button over each point, reusing the buttons (a focused one keeps its focus). */
  function place(): void {
    const v = view();
    const n = data.y.length;
    while (layer.children.length > n) layer.lastElementChild?.remove();
    while (layer.children.length < n) layer.append(pointHandle(layer.children.length, handlers));
    const b = boxes();
    handles().forEach((h, i) => {
      const y = data.y[i] ?? 0;
      const x = data.x[i] ?? 0;
      Object.assign(h.style, at(v.x(y), v.y(x), b));
      h.setAttribute(
        'aria-label',
        `Point ${i + 1} of ${n}: y = ${formatSig(y, 3)}, x = ${formatSig(x, 3)}. Arrow keys move it, Delete removes it.`,
      );
    });
    resetButton.hidden = on.current() === '';
    if (focusAfter !== null) handles()[Math.min(focusAfter, n - 1)]?.focus();
    focusAfter = null;
  }

  /** Sends the new data on, or says why it is refused and puts the points back. */
  function commit(next: Dataset, said: string, focus: number | null = null): void {
    const problem = dataProblem(next);
    if (problem) {
      say(dataProblemWords(problem));
      place();
      return;
    }
    data = next;
    pending = said;
    focusAfter = focus;
    place();
    awaiting = dataText(next);
    on.data(awaiting);
  }

  const copy = (): Dataset => ({ x: [...data.x], y: [...data.y] });
  const inRange = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  /** The data point under a pixel of the figure (rounded to two decimals, kept in range). */
  const pointAt = (event: MouseEvent): { y: number; x: number; inside: boolean } => {
    const v = view();
    const svg = figure();
    const box = (svg ?? host).getBoundingClientRect();
    const vb = svg?.viewBox.baseVal ?? { x: 0, y: 0, width: v.width, height: v.height };
    const px = vb.x + ((event.clientX - box.left) / box.width) * vb.width;
    const py = vb.y + ((event.clientY - box.top) / box.height) * vb.height;
    const inside =
      px >= v.margin.left && px <= v.width - v.margin.right && py >= v.margin.top && py <= v.height - v.margin.bottom;
    const y = Number(dataNumber(inRange(v.x.invert(px), READER_DATA.y)));
    const x = Number(dataNumber(inRange(v.y.invert(py), [...v.y.domain()].sort((a, b) => a - b) as [number, number])));
    return { y, x: inRange(x, READER_DATA.x), inside };
  };
  const moved = (i: number, y: number, x: number) =>
    `Point ${i + 1} moved to y = ${formatSig(y, 3)}, x = ${formatSig(x, 3)}.`;

  const handlers = {
    drag(i: number, event: PointerEvent, phase: 'move' | 'end') {
      const p = pointAt(event);
      const next = copy();
      next.y[i] = p.y;
      next.x[i] = p.x;
      if (phase === 'end') {
        dragging = false;
        if (p.y !== data.y[i] || p.x !== data.x[i]) commit(next, moved(i, p.y, p.x), i);
        return;
      }
      dragging = true;
      const v = view();
      const h = handles()[i];
      if (h) Object.assign(h.style, at(v.x(p.y), v.y(p.x), boxes()));
      v.pairs()[i]?.setAttribute(
        'transform',
        `translate(${v.x(p.y) - v.x(data.y[i] ?? 0)},${v.y(p.x) - v.y(data.x[i] ?? 0)})`,
      );
    },
    key(i: number, event: KeyboardEvent) {
      const step = event.shiftKey ? 5 : 1;
      const dy = { ArrowLeft: -1, ArrowRight: 1 }[event.key] ?? 0;
      const dx = { ArrowDown: -1, ArrowUp: 1 }[event.key] ?? 0;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        event.stopPropagation();
        const next = copy();
        next.y.splice(i, 1);
        next.x.splice(i, 1);
        commit(next, `Point ${i + 1} removed; ${next.y.length} points left.`, i);
        return;
      }
      if (dy === 0 && dx === 0) return;
      // The arrows move the point, not the widget's step.
      event.preventDefault();
      event.stopPropagation();
      const next = copy();
      const y = Number(dataNumber(inRange((data.y[i] ?? 0) + dy * step * KEY_STEP.y, READER_DATA.y)));
      const x = Number(dataNumber(inRange((data.x[i] ?? 0) + dx * step * KEY_STEP.x, READER_DATA.x)));
      next.y[i] = y;
      next.x[i] = x;
      commit(next, moved(i, y, x), i);
    },
  };

  const add = (y: number, x: number) => {
    const next = copy();
    next.y.push(y);
    next.x.push(x);
    commit(next, `Point ${next.y.length} added at y = ${formatSig(y, 3)}, x = ${formatSig(x, 3)}.`, next.y.length - 1);
  };
  addButton.addEventListener('click', () => {
    const p = pointForNewData(data, READER_DATA.y);
    add(p.y, p.x);
  });
  resetButton.addEventListener('click', () => {
    pending = 'The lesson’s data is back.';
    awaiting = null;
    on.data('');
    addButton.focus();
  });
  // The figure resized (a window, presenter mode): the buttons follow their points.
  const svg = figure();
  if (svg && typeof ResizeObserver === 'function') new ResizeObserver(() => place()).observe(svg);
  host.addEventListener('click', (event) => {
    if ((event.target as Element).closest('.data-handle')) return;
    const p = pointAt(event);
    if (p.inside) add(p.y, p.x);
  });

  /**
   * The buttons are placed in the next frame, where the page is laid out anyway: placing them
   * here would lay out the panels just drawn inside the task that drew them, one long task.
   */
  let placing = 0;
  const placeInFrame = () => {
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(place);
  };

  /** Shows the points of the run on screen; announces T when it is the run of the reader's change. */
  return function draw(run: TrainingRun, k: number): void {
    if (dragging) return;
    // The widget's data is no longer the edit's: its run failed or was refused (the widget went
    // back to the values of the run on screen), or other data was typed or linked since.
    const dropped = awaiting !== null && on.current() !== awaiting;
    if (dropped) awaiting = null;
    const putBack = dropped && run === shown && pending !== null;
    if (dropped && !putBack) pending = null;
    if (awaiting !== null && dataText(run.data) !== awaiting) return;
    if (run === shown && !putBack) return;
    awaiting = null;
    shown = run;
    data = { x: [...run.data.x], y: [...run.data.y] };
    for (const r of view().pairs()) r.removeAttribute('transform');
    // A point put back keeps the focus on a point (the edit's new one goes).
    const focused = handles().indexOf(document.activeElement as HTMLButtonElement);
    if (putBack && focused >= 0) focusAfter = focused;
    placeInFrame();
    if (pending === null) return;
    if (putBack) say(`${pending} Its run was not computed, so the points are back at the data of the run on screen.`);
    else say(`${pending} T at update ${k} is now ${formatSig(run.result.history[k]?.T, 4)}.`);
    pending = null;
  };
}
