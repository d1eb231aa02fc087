import type { Dataset } from '../../../src/solver';
import { dataNumber } from '../../../src/solver/core/readerData';
import { el } from '../runtime/dom';

/** What a point's button reports: a drag (as it moves, and where it ends) and its keys. */
export interface PointHandlers {
  drag(i: number, event: PointerEvent, phase: 'move' | 'end'): void;
  key(i: number, event: KeyboardEvent): void;
}

/**
 * The button over data point `i`: focusable, dragged with a pointer (captured, so the drag
 * follows the pointer outside the button), its keys passed on. Its label is set by the editor.
 */
export function pointHandle(i: number, on: PointHandlers): HTMLButtonElement {
  const h = el('button', { type: 'button', class: 'data-handle', 'aria-roledescription': 'draggable point' });
  let down = false;
  h.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    down = true;
    h.setPointerCapture(event.pointerId);
    h.focus();
    event.preventDefault();
  });
  h.addEventListener('pointermove', (event) => {
    if (down) on.drag(i, event, 'move');
  });
  const end = (event: PointerEvent) => {
    if (!down) return;
    down = false;
    on.drag(i, event, 'end');
  };
  h.addEventListener('pointerup', end);
  h.addEventListener('pointercancel', end);
  h.addEventListener('keydown', (event) => on.key(i, event));
  return h;
}

/**
 * Where "Add a point" puts a new point: in the middle of the widest gap between the points' y
 * (the ends of the plotted range count as edges), at the x interpolated between its neighbours.
 */
export function pointForNewData(data: Dataset, range: readonly [number, number]): { y: number; x: number } {
  const points = data.y.map((y, i) => ({ y, x: data.x[i] ?? 0 })).sort((p, q) => p.y - q.y);
  if (points.length === 0) return { y: 0, x: 0 };
  const first = points[0]!;
  const last = points[points.length - 1]!;
  let best = { y: (range[0] + first.y) / 2, x: first.x, gap: first.y - range[0] };
  points.forEach((p, i) => {
    const q = points[i + 1];
    const gap = (q?.y ?? range[1]) - p.y;
    if (gap <= best.gap) return;
    best = q ? { y: (p.y + q.y) / 2, x: (p.x + q.x) / 2, gap } : { y: (p.y + range[1]) / 2, x: last.x, gap };
  });
  return { y: Number(dataNumber(best.y)), x: Number(dataNumber(best.x)) };
}
