import { clampTo, createFrame, drawAxes, type Frame } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { linearScale } from '../drawing/scale';
import type { FitRoot, Landing } from '../../../src/solver';
import type { RootsRun } from './records';

const W = 640;
const PLOT_H = 360;
/** The a-axis: every fit of the article's setting lies below 5.1 (N = 1 gives a = 5). */
const A_TOP = 5.2;

/** The root diagram: every exact fit a against N, the reader's N as a band, and where two trainings end. */
export interface RootsPlot {
  frame: Frame;
  draw(run: RootsRun, k: number): void;
}

/** The shape of a root's mark, by the class of c (shape and colour both carry it). */
function markPath(kind: FitRoot['kind'], r: number): string {
  if (kind === 'monotone') return `M${-r},0a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
  if (kind === 'oscillating') return `M0,${-1.2 * r}l${-1.2 * r},${2.2 * r}h${2.4 * r}z`;
  return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}z`;
}

export function createRootsPlot(host: HTMLElement): RootsPlot {
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'Every exact fit a of the N-step inverse against N, with the end of two training runs',
    legend: ['rootMonotone', 'rootOscillating', 'rootDivergent', 'landingMine', 'landingArticle', 'readerN'],
  });
  const { plot, margin } = frame;
  const H = frame.height;
  const grow = Math.max(1, frame.fontSize / 14);
  plot.append('rect').attr('class', 'n-rule');
  plot.append('path').attr('class', 'landing-article');
  plot.append('path').attr('class', 'landing-mine');
  plot.append('g').attr('class', 'roots');
  plot
    .append('circle')
    .attr('class', 'current')
    .attr('r', 9 * grow);
  let drawnRun: RootsRun | null = null;
  const y = linearScale([0, A_TOP], [H - margin.bottom, margin.top]);
  let x = linearScale([0.5, 1.5], [margin.left, W - margin.right]);

  const landed = (ls: readonly Landing[]) =>
    polyline(
      ls.filter((l) => l.status !== 'diverged'),
      (l) => x(l.N),
      (l) => clampTo(y, l.a),
    );

  function drawRun(run: RootsRun): void {
    const nMax = run.records.length - 1;
    x = linearScale([-0.5, nMax + 0.5], [margin.left, W - margin.right]);
    drawAxes(frame, x, y, { x: 'N, inner steps', y: 'a' });
    plot.select('.landing-mine').attr('d', landed(run.records.map((r) => r.mine)));
    plot.select('.landing-article').attr('d', landed(run.records.map((r) => r.article)));
    const marks = run.records.flatMap((r) => r.roots.map((root) => ({ N: r.N, root })));
    plot
      .select('.roots')
      .selectAll('path')
      .data(marks)
      .join('path')
      .attr('class', (m) => `root-${m.root.kind}`)
      .attr('transform', (m) => `translate(${x(m.N)},${y(m.root.a)})`)
      .attr('d', (m) => markPath(m.root.kind, 4.5 * grow));
  }

  return {
    frame,
    draw(run, k) {
      if (run !== drawnRun) drawRun(run);
      drawnRun = run;
      const r = run.records[k];
      if (!r) return;
      const band = Math.max(6, x(2) - x(1));
      plot
        .select('.n-rule')
        .attr('x', x(r.N) - band / 2)
        .attr('width', band)
        .attr('y', margin.top)
        .attr('height', H - margin.top - margin.bottom);
      const end = r.mine.status === 'diverged' ? null : r.mine.a;
      plot
        .select('.current')
        .attr('visibility', end === null ? 'hidden' : null)
        .attr('cx', x(r.N))
        .attr('cy', end === null ? 0 : clampTo(y, end));
    },
  };
}
