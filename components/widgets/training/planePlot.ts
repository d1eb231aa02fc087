import { createFrame, drawAxes, clampTo } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { showMark } from '../drawing/legend';
import { linearScale } from '../drawing/scale';
import { PLANE, type TrainingRun } from './compute';

const W = 420;
const PLOT_H = 340;
/** Grid of the landscape: the contours are drawn from GRID × GRID values of T. */
export const GRID = 121;

/** Contours of T traced by the landscape worker, in grid coordinates (GRID × GRID cells). */
export interface Field {
  bands: { value: number; coordinates: number[][][][] }[];
  min: number;
  max: number;
}

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

  /** Draws the landscape's contours (log-spaced levels: T spans many orders of magnitude). */
  function drawField(field: Field | null): void {
    if (!field) {
      plot.select('.contours').selectAll('path').remove();
      return;
    }
    const sx = (W - margin.left - margin.right) / (GRID - 1);
    const sy = (H - margin.top - margin.bottom) / (GRID - 1);
    const toPath = (rings: number[][][][]) =>
      rings
        .flatMap((poly) =>
          poly.map(
            (ring) =>
              `M${ring.map(([i = 0, j = 0]) => `${(margin.left + (i - 0.5) * sx).toFixed(1)},${(H - margin.bottom - (j - 0.5) * sy).toFixed(1)}`).join('L')}Z`,
          ),
        )
        .join('');
    const bands = field.bands;
    plot
      .select('.contours')
      .selectAll('path')
      .data(bands)
      .join('path')
      .attr('d', (c) => toPath(c.coordinates))
      .attr('class', 'contour');
  }

  const path = (thetas: readonly number[][]) =>
    polyline(
      thetas,
      (t) => clampTo(x, t[0] ?? 0),
      (t) => clampTo(y, t[1] ?? 0),
    );
  let drawn: [TrainingRun | null, TrainingRun | null] = [null, null];

  function draw(run: TrainingRun, k: number, ghost: TrainingRun | null): void {
    const h = run.result.history;
    if (drawn[0] !== run || drawn[1] !== ghost) {
      plot.select('.ghost-path').attr('d', ghost ? path(ghost.result.history.map((s) => s.theta)) : null);
      plot.select('.clamp-region').attr('visibility', run.params.clamp ? 'visible' : 'hidden');
      showMark(frame, 'clamp', Boolean(run.params.clamp));
      showMark(frame, 'ghost', Boolean(ghost));
      drawn = [run, ghost];
    }
    plot.select('.theta-path').attr('d', path(h.slice(0, k + 1).map((s) => s.theta)));
    const t = h[k]?.theta ?? run.params.theta0;
    plot
      .select('.current')
      .attr('cx', clampTo(x, t[0] ?? 0))
      .attr('cy', clampTo(y, t[1] ?? 0));
    lastZoom = [t, ghost?.result.history.at(-1)?.theta ?? null, x(1) - x(0)];
    drawZoom?.(...lastZoom);
  }

  return { draw, drawField };
}
