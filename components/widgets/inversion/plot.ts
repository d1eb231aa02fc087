import { clampTo, createFrame, drawAxes, type Frame } from '../drawing/frame';
import { formatSig } from '../../../src/words/format';
import { glide } from '../drawing/glide';
import { showMark } from '../drawing/legend';
import { setAttrs } from '../drawing/attrs';
import { polyline, polylineWithEnds } from '../drawing/path';
import { linearScale, type Scale } from '../drawing/scale';
import type { InversionRun } from './compute';

const PLOT_H = 340;

/** The loss figure: L(x, y) against y with the run's iterates, the tangent and the next step. */
export interface LossPlot {
  frame: Frame;
  /** Draws step k; with `animate`, the current point glides to its place (never under reduced motion). */
  draw(run: InversionRun, k: number, ghost: InversionRun | null, animate?: boolean): void;
  /** y for a pointer x in the SVG's coordinates (for dragging the start). */
  yAt(px: number): number;
}

export function createLossPlot(host: HTMLElement): LossPlot {
  // A fixed aspect ratio, so the shell can reserve the figure's space before the script runs.
  const W = 640;
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'Loss L(x, y) against y, with the gradient-descent iterates',
    legend: ['lossCurve', 'current', 'iterates', 'next', 'tangent', 'minimum', 'ghost'],
  });
  const { plot, margin } = frame;
  const H = frame.height;
  const grow = Math.max(1, frame.fontSize / 14);
  plot.append('rect').attr('class', 'drag-surface');
  plot.append('path').attr('class', 'curve');
  plot.append('path').attr('class', 'ghost-path');
  plot.append('g').attr('class', 'minima');
  plot.append('path').attr('class', 'iterate-path');
  plot.append('g').attr('class', 'iterates');
  plot.append('line').attr('class', 'tangent');
  plot.append('line').attr('class', 'next-arrow').attr('marker-end', `url(#${host.id}-arrow)`);
  plot.append('circle').attr('class', 'current').attr('r', 7);
  // An iterate off the scale (a diverging run): a triangle on the edge, pointing out, with its value.
  plot.append('path').attr('class', 'off-scale').attr('d', 'M0,-9 L8,5 H-8 Z');
  plot.append('text').attr('class', 'off-scale-label');
  frame.svg
    .append('defs')
    .append('marker')
    .attr('id', `${host.id}-arrow`)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerWidth', 7)
    .attr('markerHeight', 7)
    .attr('orient', 'auto-start-reverse')
    .append('path')
    .attr('d', 'M0,0 L10,5 L0,10 z')
    .attr('class', 'arrowhead');
  plot
    .select('.drag-surface')
    .attr('x', margin.left)
    .attr('y', margin.top)
    .attr('width', W - margin.left - margin.right)
    .attr('height', H - margin.top - margin.bottom);
  let x: Scale = linearScale([0, 1], [0, 1]);
  let y: Scale = linearScale([0, 1], [0, 1]);
  let drawn: [InversionRun | null, InversionRun | null] = [null, null];
  /** The iterate circles placed under the current scales: a step only adds or removes circles. */
  let placed = 0;
  /** The run's iterate path, traced once: its path to step k is a prefix (see planePlot.ts). */
  let iteratePath: { d: string; ends: number[] } = { d: '', ends: [] };
  // Lines are not clamped: the clip path cuts what leaves the frame, so a run that flies off
  // leaves the frame instead of crawling along its edge.
  const far = (px: number) => Math.max(-1e5, Math.min(1e5, px));
  const path = (points: readonly { y: number; v: number }[]) =>
    polyline(
      points,
      (p) => far(x(p.y)),
      (p) => far(y(p.v)),
    );

  /** What stays fixed during a run: scales, axes, the curve, the minimisers, the ghost. */
  function drawRun(run: InversionRun, ghost: InversionRun | null): void {
    x = linearScale(run.range, [margin.left, W - margin.right]);
    const top = Math.max(...run.curve.map((p) => p.v), 1e-9);
    y = linearScale([0, top * 1.05], [H - margin.bottom, margin.top]);
    drawAxes(frame, x, y, { x: 'y (the latent cause)', y: 'L(x, y)' });
    placed = 0;
    iteratePath = polylineWithEnds(
      run.result.steps,
      (s) => far(x(s.y)),
      (s) => far(y(s.loss)),
    );
    plot.select('.curve').attr('d', path(run.curve));
    const ghostSteps = ghost?.result.steps ?? [];
    plot
      .select('.ghost-path')
      .attr('d', ghostSteps.length ? path(ghostSteps.map((s) => ({ y: s.y, v: s.loss }))) : null);
    showMark(frame, 'ghost', ghostSteps.length > 0);
    plot
      .select('.minima')
      .selectAll('path')
      .data(run.minima)
      .join('path')
      .attr('class', 'minimum')
      .attr('d', (m) => `M${x(m) - 7 * grow},${y(0)} h${14 * grow} l${-7 * grow},${-12 * grow} z`)
      .selectAll('title')
      .data(['a true minimiser of L'])
      .join('title')
      .text((t) => t);
  }

  function draw(run: InversionRun, k: number, ghost: InversionRun | null, animate = false): void {
    if (drawn[0] !== run || drawn[1] !== ghost) drawRun(run, ghost);
    drawn = [run, ghost];
    const steps = run.result.steps;
    const { d, ends } = iteratePath;
    plot.select('.iterate-path').attr('d', ends.length ? d.slice(0, ends[Math.min(k, ends.length - 1)]) : null);
    // An autoplay frame adds one circle: the ones already placed keep their attributes (writing
    // them again costs a style and layout pass per circle).
    const circles = plot
      .select('.iterates')
      .selectAll<SVGCircleElement, { y: number; v: number }>('circle')
      .data(
        steps
          .slice(0, k + 1)
          .map((s) => ({ y: s.y, v: s.loss }))
          .filter((p) => inFrame(p.y, p.v)),
      )
      .join('circle');
    circles
      .filter((_, i) => i >= placed)
      .attr('r', 3.5)
      .attr('cx', (p) => clampTo(x, p.y))
      .attr('cy', (p) => clampTo(y, p.v));
    placed = circles.size();
    const s = steps[k];
    if (!s) return;
    const cx = clampTo(x, s.y);
    const cy = clampTo(y, s.loss);
    glide(plot.select<SVGCircleElement>('.current'), cx, cy, animate);
    // Off the scale, the ring, tangent and arrow would crawl along the frame: the off-scale mark stands in.
    const off = drawOffScale(s.y, s.loss, cx, cy);
    const mark = (cls: string) => plot.select(`.${cls}`).node() as Element | null;
    setAttrs(mark('current'), { visibility: off ? 'hidden' : 'visible' });
    // The tangent: slope ∂L/∂y at the iterate, over a fixed share of the visible y-range.
    const half = (run.range[1] - run.range[0]) / 10;
    setAttrs(mark('tangent'), {
      visibility: off ? 'hidden' : 'visible',
      x1: clampTo(x, s.y - half),
      y1: clampTo(y, s.loss - s.grad * half),
      x2: clampTo(x, s.y + half),
      y2: clampTo(y, s.loss + s.grad * half),
    });
    const next = steps[k + 1];
    setAttrs(mark('next-arrow'), {
      visibility: next && !off ? 'visible' : 'hidden',
      x1: cx,
      y1: cy,
      x2: next ? clampTo(x, next.y) : cx,
      y2: next ? clampTo(y, next.loss) : cy,
    });
  }

  /** Marks the current iterate when it is off the scale, with its value, or hides the mark. */
  function drawOffScale(yv: number, loss: number, cx: number, cy: number): boolean {
    const off = !inFrame(yv, loss);
    const [x0, x1] = x.range();
    setAttrs(plot.select('.off-scale').node() as Element | null, {
      visibility: off ? 'visible' : 'hidden',
      transform: `translate(${cx},${cy + 9})`,
    });
    const left = cx > (x0 + x1) / 2;
    setAttrs(
      plot.select('.off-scale-label').node() as Element | null,
      {
        visibility: off ? 'visible' : 'hidden',
        x: cx + (left ? -14 : 14),
        y: Math.max(cy, margin.top + frame.fontSize) + frame.fontSize * 1.2,
        'text-anchor': left ? 'end' : 'start',
      },
      `off the scale: y = ${formatSig(yv, 3)}, L = ${formatSig(loss, 3)}`,
    );
    return off;
  }
  const inFrame = (yv: number, loss: number) =>
    Number.isFinite(yv) && Number.isFinite(loss) && clampTo(x, yv) === x(yv) && clampTo(y, loss) === y(loss);

  return { frame, draw, yAt: (px) => x.invert(px) };
}
