import type { InnerStep } from '../../../src/solver';
import { createFrame, drawAxes } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { linearScale } from '../drawing/scale';

const W = 420;
const PLOT_H = 190;

/** The step-into figure: the tangents dg/da and dg/db of one sample building up over inner steps n. */
export function createTangentPlot(host: HTMLElement) {
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'The tangents dg/da and dg/db of this sample against the inner step n',
    margin: { left: 56, bottom: 40, right: 70 },
  });
  const { plot, margin, svg } = frame;
  const H = frame.height;
  plot.append('path').attr('class', 'tangent-a');
  plot.append('path').attr('class', 'tangent-b');
  const labels = svg.append('g').attr('class', 'tangent-labels');
  labels.append('text').attr('class', 'label-a').text('dg/da');
  labels.append('text').attr('class', 'label-b').text('dg/db');

  return function draw(inner: readonly InnerStep[], n: number, last: number): void {
    const shown = inner.slice(0, Math.min(last, inner.length - 1) + 1);
    const values = shown.flatMap((s) => [s.dg[0] ?? 0, s.dg[1] ?? 0]);
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    const pad = (hi - lo) * 0.08 || 1;
    const x = linearScale([0, Math.max(1, last)], [margin.left, W - margin.right]);
    const y = linearScale([lo - pad, hi + pad], [H - margin.bottom, margin.top]);
    drawAxes(frame, x, y, { x: 'inner step n', y: 'dg/dθ' });
    const upTo = shown.slice(0, n + 1);
    const line = (j: number) =>
      polyline(
        upTo,
        (s) => x(s.n),
        (s) => y(s.dg[j] ?? 0),
      );
    plot.select('.tangent-a').attr('d', line(0));
    plot.select('.tangent-b').attr('d', line(1));
    // Direct labels at the line ends, pushed apart when the two ends are close (no collision).
    const end = upTo.at(-1);
    const gap = frame.fontSize * 1.25;
    let ya = y(end?.dg[0] ?? 0);
    let yb = y(end?.dg[1] ?? 0);
    if (Math.abs(ya - yb) < gap) {
      const mid = (ya + yb) / 2;
      const up = ya <= yb ? -1 : 1;
      ya = mid + (up * gap) / 2;
      yb = mid - (up * gap) / 2;
    }
    const lx = x(end?.n ?? 0) + 6;
    labels.select('.label-a').attr('x', lx).attr('y', ya).attr('dy', '0.35em');
    labels.select('.label-b').attr('x', lx).attr('y', yb).attr('dy', '0.35em');
  };
}
