import { modelCurve } from '../../../src/solver';
import { clampTo, createFrame, drawAxes } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { showMark } from '../drawing/legend';
import type { MarkKey } from '../drawing/marks';
import { linearScale, type Scale } from '../drawing/scale';
import { Y_RANGE, type TrainingRun } from './compute';

const W = 420;
const PLOT_H = 300;

/** Where the data panel draws (for the data editor): its scales, viewBox and plotting area. */
export interface DataPlotView {
  x: Scale;
  y: Scale;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The squares of the pairs, in the data's order. */
  pairs(): SVGRectElement[];
}

/** Panel 1: the training pairs (yᵢ, xᵢ), the ground truth and the model f_θ(k) of update k. */
export function createDataPlot(host: HTMLElement, legend: readonly MarkKey[] = ['pairs', 'truth', 'model', 'ghost']) {
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'Training pairs, ground truth and the current model',
    heading: 'Data and model line',
    legend,
  });
  const { plot, margin } = frame;
  const H = frame.height;
  // Half the side of a data square: it grows with the figure's scale on a narrow screen.
  const half = 4.5 * Math.max(1, frame.fontSize / 14);
  plot.append('path').attr('class', 'truth-line');
  plot.append('path').attr('class', 'ghost-path');
  plot.append('path').attr('class', 'model-line');
  plot.append('g').attr('class', 'pairs');
  plot.append('line').attr('class', 'latent-rule');
  plot.append('circle').attr('class', 'latent-truth').attr('r', 6);
  plot.append('circle').attr('class', 'latent-model').attr('r', 6);
  const x = linearScale(Y_RANGE, [margin.left, W - margin.right]);

  let y = linearScale([0, 1], [0, 1]);
  let drawn: [TrainingRun | null, TrainingRun | null] = [null, null];
  const path = (points: readonly { y: number; v: number }[]) =>
    polyline(
      points,
      (p) => x(p.y),
      // The clip path hides what leaves the panel; clamping here would bend the line along the edge.
      (p) => y(Math.max(-1e4, Math.min(1e4, p.v))),
    );

  /** The model and data the axes, the truth and the pairs were last drawn for. */
  let drawnData = '';

  /** Scales, axes, the truth, the pairs and the ghost: fixed during a run. */
  function drawRun(run: TrainingRun, ghost: TrainingRun | null): void {
    // A new β or θ0 keeps the data: then only the ghost changes.
    const key = JSON.stringify([run.params.model, run.data.y, run.data.x]);
    if (key !== drawnData) drawData(run);
    drawnData = key;
    const g = ghost?.result.history.at(-1)?.theta;
    plot
      .select('.ghost-path')
      .attr('d', g ? path(modelCurve({ model: ghost.params.model, theta: g, range: Y_RANGE, samples: 40 })) : null);
    showMark(frame, 'ghost', Boolean(g));
  }

  /** Scales, axes, the truth and the pairs of the run's data. */
  function drawData(run: TrainingRun): void {
    const lo = Math.min(...run.truthCurve.map((p) => p.v), ...run.data.x);
    const hi = Math.max(...run.truthCurve.map((p) => p.v), ...run.data.x);
    y = linearScale([lo - 1, hi + 1], [H - margin.bottom, margin.top]);
    drawAxes(frame, x, y, { x: 'y (latent)', y: 'x = f(y)' });
    plot.select('.truth-line').attr('d', path(run.truthCurve));
    plot
      .select('.pairs')
      .selectAll('rect')
      .data(run.data.y.map((yi, i) => ({ yi, xi: run.data.x[i] ?? 0 })))
      .join('rect')
      .attr('class', 'pair')
      .attr('width', 2 * half)
      .attr('height', 2 * half)
      .attr('x', (d) => x(d.yi) - half)
      .attr('y', (d) => clampTo(y, d.xi) - half);
  }

  /**
   * Draws update k; with `latent`, also the generated points x = f(y) at that y under θ(k) and
   * under the ground truth (both computed by the solver).
   */
  const draw = function draw(
    run: TrainingRun,
    k: number,
    ghost: TrainingRun | null,
    latent?: { y: number; model: number; truth: number },
  ): void {
    if (drawn[0] !== run || drawn[1] !== ghost) drawRun(run, ghost);
    drawn = [run, ghost];
    const theta = run.result.history[k]?.theta ?? run.params.theta0;
    const curve = modelCurve({ model: run.params.model, theta, range: Y_RANGE, samples: 80 });
    plot.select('.model-line').attr('d', path(curve));
    const show = latent ? 'visible' : 'hidden';
    const ly = latent ? x(latent.y) : 0;
    plot
      .select('.latent-rule')
      .attr('visibility', show)
      .attr('x1', ly)
      .attr('x2', ly)
      .attr('y1', margin.top)
      .attr('y2', H - margin.bottom);
    plot
      .select('.latent-truth')
      .attr('visibility', show)
      .attr('cx', ly)
      .attr('cy', clampTo(y, latent?.truth ?? 0));
    plot
      .select('.latent-model')
      .attr('visibility', show)
      .attr('cx', ly)
      .attr('cy', clampTo(y, latent?.model ?? 0));
  };
  const view = (): DataPlotView => ({
    x,
    y,
    width: W,
    height: H,
    margin,
    pairs: () => plot.select('.pairs').selectAll<SVGRectElement, unknown>('rect').nodes(),
  });
  return Object.assign(draw, { view });
}
