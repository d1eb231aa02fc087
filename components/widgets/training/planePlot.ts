import { createFrame, drawAxes, clampTo } from '../drawing/frame';
import { polylineWithEnds } from '../drawing/path';
import { showMark } from '../drawing/legend';
import { linearScale } from '../drawing/scale';
import { PLANE, type TrainingRun } from './compute';
import { GRID, type Field, type GridToSvg } from './landscapeField';

const W = 420;
const PLOT_H = 340;
/**
 * Panel 2: contours of T over (a, b), θ's path up to update k, the clamp region a < 0.5 shaded,
 * the ground truth marked. Clicking the plane sets θ0 (the a₀, b₀ inputs are the alternative).
 */
export function createPlanePlot(host: HTMLElement, onPick: (a: number, b: number) => void) {
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'Contours of T over the parameters a and b, with the path of θ',
    desc: 'Click the plane to start training from that θ; the a₀ and b₀ inputs do the same.',
    heading: 'T over (a, b), with the path of θ',
    legend: ['contours', 'thetaPath', 'theta', 'truthPoint', 'clamp', 'ghost'],
  });
  const { plot, margin } = frame;
  const H = frame.height;
  const x = linearScale(PLANE.a, [margin.left, W - margin.right]);
  const y = linearScale(PLANE.b, [H - margin.bottom, margin.top]);
  drawAxes(frame, x, y, { x: 'a', y: 'b' });
  plot.append('g').attr('class', 'contours');
  plot
    .append('rect')
    .attr('class', 'clamp-region')
    .attr('x', x(PLANE.a[0]))
    .attr('y', margin.top)
    .attr('width', x(0.5) - x(PLANE.a[0]))
    .attr('height', H - margin.top - margin.bottom);
  plot.append('path').attr('class', 'ghost-path');
  plot.append('path').attr('class', 'theta-path');
  plot.append('circle').attr('class', 'truth-mark').attr('r', 6).attr('cx', x(2)).attr('cy', y(-4));
  plot.append('circle').attr('class', 'current').attr('r', 6);
  // The magnifier loads just after the plane (it is not needed for the first paint; page budget).
  type ZoomArgs = [readonly number[], readonly number[] | null, number];
  let drawZoom: ((...args: ZoomArgs) => void) | null = null;
  let lastZoom: ZoomArgs | null = null;
  void import('./zoomInset').then((m) => {
    drawZoom = m.createZoomInset(frame, W - margin.left - margin.right);
    if (lastZoom) drawZoom(...lastZoom);
  });
  plot
    .append('rect')
    .attr('class', 'pick-surface')
    .attr('x', margin.left)
    .attr('y', margin.top)
    .attr('width', W - margin.left - margin.right)
    .attr('height', H - margin.top - margin.bottom)
    .on('click', (event: MouseEvent) => {
      const svg = frame.svg.node() as SVGSVGElement;
      const pt = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()?.inverse());
      onPick(Math.round(x.invert(pt.x) * 10) / 10, Math.round(y.invert(pt.y) * 10) / 10);
    });

  /** The landscape's grid in this plane's SVG units (the worker traces the contours with it). */
  const grid: GridToSvg = {
    x0: margin.left,
    sx: (W - margin.left - margin.right) / (GRID - 1),
    y0: H - margin.bottom,
    sy: (H - margin.top - margin.bottom) / (GRID - 1),
  };

  /** Draws the landscape's contours (log-spaced levels: T spans many orders of magnitude). */
  function drawField(field: Field | null): void {
    plot
      .select('.contours')
      .selectAll('path')
      .data(field?.bands ?? [])
      .join('path')
      .attr('d', (c) => c.d)
      .attr('class', 'contour');
  }

  /**
   * θ's whole path for a run, traced once: its path up to update k is a prefix of it (ends[k]
   * characters), so a step or a scrub costs no new string, and the ghost is the previous run's.
   */
  const paths = new WeakMap<TrainingRun, { d: string; ends: number[] }>();
  const thetaPath = (run: TrainingRun) => {
    let p = paths.get(run);
    if (!p) {
      p = polylineWithEnds(
        run.result.history,
        (s) => clampTo(x, s.theta[0] ?? 0),
        (s) => clampTo(y, s.theta[1] ?? 0),
      );
      paths.set(run, p);
    }
    return p;
  };
  const pathTo = (run: TrainingRun, k: number) => {
    const { d, ends } = thetaPath(run);
    return ends.length ? d.slice(0, ends[Math.min(k, ends.length - 1)]) : null;
  };
  let drawn: [TrainingRun | null, TrainingRun | null] = [null, null];

  function draw(run: TrainingRun, k: number, ghost: TrainingRun | null): void {
    const h = run.result.history;
    if (drawn[0] !== run || drawn[1] !== ghost) {
      plot.select('.ghost-path').attr('d', ghost ? pathTo(ghost, Infinity) : null);
      plot.select('.clamp-region').attr('visibility', run.params.clamp ? 'visible' : 'hidden');
      showMark(frame, 'clamp', Boolean(run.params.clamp));
      showMark(frame, 'ghost', Boolean(ghost));
      drawn = [run, ghost];
    }
    plot.select('.theta-path').attr('d', pathTo(run, k));
    const t = h[k]?.theta ?? run.params.theta0;
    plot
      .select('.current')
      .attr('cx', clampTo(x, t[0] ?? 0))
      .attr('cy', clampTo(y, t[1] ?? 0));
    lastZoom = [t, ghost?.result.history.at(-1)?.theta ?? null, x(1) - x(0)];
    drawZoom?.(...lastZoom);
  }

  return { draw, drawField, grid };
}
