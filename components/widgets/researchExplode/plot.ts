import { createFrame, drawAxes, type Frame } from '../drawing/frame';
import { linearScale } from '../drawing/scale';
import type { MapCell } from '../../../src/solver';
import { nth } from '../../../src/solver/core/nth';
import type { ExplodeRun } from './cells';

const W = 640;
const PLOT_H = 380;
/** The tangent's decades are shaded from 10^−1 (faint) to 10^12 and beyond (full). */
const SHADE: [number, number] = [-1, 12];

export interface ExplodePlot {
  frame: Frame;
  draw(run: ExplodeRun, k: number): void;
  /** The cell's (col, row) under a pointer in client coordinates, or null. */
  cellAt(run: ExplodeRun, clientX: number, clientY: number): { col: number; row: number } | null;
}

export function shade(log: number): number {
  const t = (Math.min(Math.max(log, SHADE[0]), SHADE[1]) - SHADE[0]) / (SHADE[1] - SHADE[0]);
  return 0.15 + 0.85 * t;
}

export function createExplodePlot(host: HTMLElement): ExplodePlot {
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'Map over α and a: the class of c and the size of the tangent dg(N)/da',
    heading: 'Stronger colour: larger |dg(N)/da|',
    desc: 'Each cell is one (α, a). Its colour is the class of c; its strength grows with |dg(N)/da|, from faint at 10⁻¹ to full at 10¹² and more.',
    legend: ['cellMonotone', 'cellOscillating', 'cellDivergent', 'cBoundary', 'chosenCell'],
  });
  const { plot, margin } = frame;
  const H = frame.height;
  plot.append('g').attr('class', 'cells');
  plot.append('path').attr('class', 'c-boundary');
  plot.append('rect').attr('class', 'cell-cursor');
  let drawn: ExplodeRun | null = null;
  let x = linearScale([0, 1], [margin.left, W - margin.right]);
  let y = linearScale([0, 1], [H - margin.bottom, margin.top]);
  let cw = 0;
  let ch = 0;

  function drawRun(run: ExplodeRun): void {
    const da = (run.alphas[1] ?? 1) - (run.alphas[0] ?? 0);
    const dA = (run.as[1] ?? 1) - (run.as[0] ?? 0);
    const a0 = nth(run.alphas, 0);
    const aN = nth(run.alphas, run.alphas.length - 1);
    x = linearScale([a0 - da / 2, aN + da / 2], [margin.left, W - margin.right]);
    y = linearScale(
      [nth(run.as, 0) - dA / 2, nth(run.as, run.as.length - 1) + dA / 2],
      [H - margin.bottom, margin.top],
    );
    cw = Math.abs(x(da) - x(0));
    ch = Math.abs(y(dA) - y(0));
    drawAxes(frame, x, y, { x: 'α, inner step', y: 'a' });
    // c = −1 where αa² = 1: a = 1/√α, the edge past which the inner loop diverges.
    const pts = Array.from({ length: 60 }, (_, i) => a0 + ((aN - a0) * i) / 59).map((al) => [
      x(al),
      y(1 / Math.sqrt(al)),
    ]);
    plot.select('.c-boundary').attr('d', `M${pts.map((p) => p.map((v) => v.toFixed(1)).join(',')).join('L')}`);
  }

  return {
    frame,
    draw(run, k) {
      if (run !== drawn) drawRun(run);
      drawn = run;
      const cells = run.records[k]?.cells ?? [];
      plot
        .select('.cells')
        .selectAll<SVGRectElement, MapCell>('rect')
        .data(cells)
        .join('rect')
        .attr('class', (c) => `root-${c.kind}`)
        .attr('x', (c) => x(c.alpha) - cw / 2)
        .attr('y', (c) => y(c.a) - ch / 2)
        .attr('width', cw)
        .attr('height', ch)
        .attr('fill-opacity', (c) => shade(c.logTangent).toFixed(2));
      const { col, row } = run.chosen;
      plot
        .select('.cell-cursor')
        .attr('x', x(nth(run.alphas, col)) - cw / 2)
        .attr('y', y(nth(run.as, row)) - ch / 2)
        .attr('width', cw)
        .attr('height', ch);
    },
    cellAt(run, clientX, clientY) {
      const svg = frame.svg.node() as SVGSVGElement;
      const pt = new DOMPoint(clientX, clientY).matrixTransform(svg.getScreenCTM()?.inverse());
      const al = x.invert(pt.x);
      const a = y.invert(pt.y);
      const col = Math.round((al - nth(run.alphas, 0)) / (nth(run.alphas, 1) - nth(run.alphas, 0)));
      const row = Math.round((a - nth(run.as, 0)) / (nth(run.as, 1) - nth(run.as, 0)));
      if (col < 0 || row < 0 || col >= run.alphas.length || row >= run.as.length) return null;
      return { col, row };
    },
  };
}
