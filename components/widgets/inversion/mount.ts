import { part, mountEach } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { computeInversion, type InversionRun } from './compute';
import { createLossPlot } from './plot';
import { inversionTable } from './table';
import { inversionBadge, inversionText } from './text';

/** Mounts one inversion widget on its shell. */
export function mountInversion(root: HTMLElement) {
  const host = part(root, '[data-part="plot"]');
  const plot = createLossPlot(host);
  const spec: WidgetSpec<InversionRun> = {
    table: inversionTable,
    unit: 'step',
    compute: computeInversion,
    count: (run) => run.result.steps.length,
    objective: (run) => run.result.steps.map((s) => s.loss),
    rows: (run) => run.result.steps.map((s) => ({ n: s.n, y: s.y, loss: s.loss, grad: s.grad, next: s.next ?? null })),
    text: (run, k) => inversionText(run, k),
    badge: (run, k) => inversionBadge(run, k),
    draw: ({ run, k, ghost, values, animate }) => {
      plot.draw(run, k, ghost, animate);
      const momentum = values.momentum !== 'none';
      for (const eq of root.querySelectorAll<HTMLElement>('[data-when-momentum]')) {
        const hidden = (eq.dataset.whenMomentum === 'on') !== momentum;
        if (eq.hidden !== hidden) eq.hidden = hidden;
      }
    },
    setup(ctx) {
      // Drag the start g(0) along the curve (the y₀ input is the non-drag alternative, WCAG 2.5.7).
      // Only a drag that starts on the start marker moves y₀: on a phone a swipe anywhere else
      // on the plot scrolls the page and keeps the reader's run and step.
      const svg = plot.frame.svg.node() as SVGSVGElement;
      const setStart = (event: PointerEvent) => {
        const pt = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()?.inverse());
        const y0 = Math.round(plot.yAt(pt.x) * 10) / 10;
        ctx.set({ y0: Math.max(-10, Math.min(10, y0)) }, 0);
      };
      const surface = svg.querySelector<SVGRectElement>('.drag-surface');
      if (!surface) return;
      const onMarker = (x: number, y: number) => nearStart(svg, x, y);
      // The pointer dragging the marker (touch pointers are captured implicitly, so this is ours).
      let dragging: number | null = null;
      // On the whole figure: a marker at the plot's edge lies half outside the drag surface.
      svg.addEventListener('pointerdown', (event) => {
        if (!onMarker(event.clientX, event.clientY)) return;
        dragging = event.pointerId;
        svg.setPointerCapture(event.pointerId);
        setStart(event);
      });
      svg.addEventListener('pointermove', (event) => {
        if (event.pointerId === dragging) setStart(event);
        else surface.style.cursor = onMarker(event.clientX, event.clientY) ? 'grab' : 'default';
      });
      const stop = (event: PointerEvent) => {
        if (event.pointerId === dragging) dragging = null;
      };
      svg.addEventListener('pointerup', stop);
      svg.addEventListener('pointercancel', stop);
      // A touch on the marker is a drag, not a scroll (the figure itself lets vertical swipes scroll).
      svg.addEventListener(
        'touchstart',
        (event) => {
          const t = event.touches[0];
          if (t && event.touches.length === 1 && onMarker(t.clientX, t.clientY)) event.preventDefault();
        },
        { passive: false },
      );
    },
  };
  return mountWidget(root, spec);
}

/** How near (CSS px) to the start marker a drag must begin: a 48 px touch target. */
const GRAB_RADIUS = 24;

/** True when the screen point (x, y) is on the start marker g(0), the first iterate drawn. */
function nearStart(svg: SVGSVGElement, x: number, y: number): boolean {
  const start = svg.querySelector('.iterates circle');
  if (!start) return false;
  const box = start.getBoundingClientRect();
  return Math.hypot(x - (box.left + box.width / 2), y - (box.top + box.height / 2)) <= GRAB_RADIUS;
}

/** Mounts every inversion widget on the page that is not mounted yet. */
export function mountAllInversions(): void {
  mountEach('inversion', mountInversion);
}
