import { part, mountEach } from '../core/dom';
import { mountWidget, type WidgetSpec } from '../core/widget';
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
        eq.hidden = (eq.dataset.whenMomentum === 'on') !== momentum;
      }
    },
    setup(ctx) {
      // Drag the start along the curve (the y₀ input is the non-drag alternative, WCAG 2.5.7).
      const svg = plot.frame.svg.node() as SVGSVGElement;
      const setStart = (event: PointerEvent) => {
        const pt = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()?.inverse());
        const y0 = Math.round(plot.yAt(pt.x) * 10) / 10;
        ctx.set({ y0: Math.max(-10, Math.min(10, y0)) }, 0);
      };
      const surface = svg.querySelector<SVGRectElement>('.drag-surface');
      surface?.addEventListener('pointerdown', (event) => {
        surface.setPointerCapture(event.pointerId);
        setStart(event);
      });
      surface?.addEventListener('pointermove', (event) => {
        if (surface.hasPointerCapture(event.pointerId)) setStart(event);
      });
    },
  };
  return mountWidget(root, spec);
}

/** Mounts every inversion widget on the page that is not mounted yet. */
export function mountAllInversions(): void {
  mountEach('inversion', mountInversion);
}
