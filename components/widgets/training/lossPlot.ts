import { clampTo, createFrame, drawAxes } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { showMark } from '../drawing/legend';
import { linearScale, logScale } from '../drawing/scale';
import type { TrainingRun } from './compute';

const W = 420;
const PLOT_H = 300;

/** Panel 3: T against update k on a log scale, with the current update marked. */
export function createLossPlot(host: HTMLElement) {
  const frame = createFrame(host, {
    width: W,
    height: PLOT_H,
    title: 'Training loss T against update k, log scale',
    heading: 'T at each update',
    legend: ['lossLine', 'updateNow', 'ghost'],
    margin: { left: 62, right: 20 },
  });
  const { plot, margin } = frame;
  const H = frame.height;
  plot.append('path').attr('class', 'ghost-path');
  plot.append('path').attr('class', 'loss-line');
  plot.append('line').attr('class', 'k-rule');
  plot.append('circle').attr('class', 'current').attr('r', 5);

  let drawn: [TrainingRun | null, TrainingRun | null] = [null, null];
  let x = linearScale([0, 1], [0, 1]);
  let y = logScale([1, 10], [0, 1]);
  let floor = 1;

  /** Scales, axes and the whole T curve: fixed during a run. */
  function drawRun(run: TrainingRun, ghost: TrainingRun | null): void {
    const h = run.result.history;
    const positive = h.map((s) => s.T).filter((t) => t > 0);
    // A log axis cannot show T = 0: values below the floor sit on the bottom edge.
    // The axis runs from decade to decade, so the lowest and highest T both sit above a labelled tick.
    floor = Math.max(10 ** Math.floor(Math.log10(Math.min(...positive, 1))), 1e-30);
    const top = 10 ** Math.ceil(Math.log10(Math.max(...positive, floor * 10)));
    x = linearScale([0, Math.max(1, h.length - 1)], [margin.left, W - margin.right]);
    y = logScale([floor, top], [H - margin.bottom, margin.top]);
    // The last T gets a labelled decade: lessons ask the reader to read where T settles.
    drawAxes(frame, x, y, { x: 'update k', y: 'T(θ)' }, { yLog: true, yRead: [h.at(-1)?.T ?? 0] });
    showMark(frame, 'ghost', Boolean(ghost));
    const path = (steps: readonly { k: number; T: number }[]) =>
      polyline(
        steps,
        (s) => x(s.k),
        (s) => clampTo(y, Math.max(s.T, floor)),
      );
    plot.select('.loss-line').attr('d', path(h));
    plot.select('.ghost-path').attr('d', ghost ? path(ghost.result.history) : null);
  }

  return function draw(run: TrainingRun, k: number, ghost: TrainingRun | null): void {
    if (drawn[0] !== run || drawn[1] !== ghost) drawRun(run, ghost);
    drawn = [run, ghost];
    const s = run.result.history[k];
    plot
      .select('.k-rule')
      .attr('x1', x(k))
      .attr('x2', x(k))
      .attr('y1', margin.top)
      .attr('y2', H - margin.bottom);
    if (s)
      plot
        .select('.current')
        .attr('cx', x(k))
        .attr('cy', clampTo(y, Math.max(s.T, floor)));
  };
}
