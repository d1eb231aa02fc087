import { GRADIENT_METHODS, type ImplicitLimit } from '../../../src/solver';
import { drawAxes } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { linearScale, logScale } from '../drawing/scale';
import { researchFrame } from './figure';
import { CURRENT, METHOD_MARKS, REFERENCE } from './marks';

/** Gaps below this are drawn on the floor of the log axis: the methods agree to rounding. */
export const GAP_FLOOR = 1e-17;

/**
 * The distance of each method's dh/dθ from the implicit limit against N, on a log axis, up to the
 * reader's N, with the reference |c|ᴺ·|limit| (exact for forward and reverse from the solution).
 */
export function createGapsPlot(host: HTMLElement) {
  const W = 640;
  const frame = researchFrame(host, {
    width: W,
    height: 300,
    title: 'Distance of each gradient method from the implicit limit against the number of unrolled steps N, log scale',
    marks: [...GRADIENT_METHODS.map((m) => METHOD_MARKS[m]), REFERENCE, CURRENT],
    left: 64,
  });
  const { plot, margin, height: H } = frame;
  plot.append('path').attr('class', 'ghost-path');
  plot.append('path').attr('class', 'rm-reference');
  for (const m of GRADIENT_METHODS) plot.append('path').attr('class', METHOD_MARKS[m].className).attr('data-method', m);
  plot.append('line').attr('class', 'rm-rule');
  const rings = plot.append('g').attr('class', 'rm-rings');
  plot
    .append('text')
    .attr('class', 'rm-note')
    .attr('x', margin.left + 8)
    .attr('y', H - margin.bottom - 8);
  let drawn: ImplicitLimit | null = null;
  let x = linearScale([0, 1], [0, 1]);
  let y = logScale([GAP_FLOOR, 1], [0, 1]);

  function drawRun(run: ImplicitLimit) {
    const maxN = run.params.maxSteps;
    x = linearScale([0, maxN], [margin.left, W - margin.right]);
    const top = Math.max(...run.steps.flatMap((s) => GRADIENT_METHODS.map((m) => s.gaps[m])), 1e-15) * 3;
    y = logScale([GAP_FLOOR, top], [H - margin.bottom, margin.top]);
    drawAxes(frame, x, y, { x: 'N, steps unrolled', y: '|dh/dθ − limit|' }, { yLog: true });
    const ref = run.steps.map((s) => ({ N: s.N, v: Math.abs(run.c) ** s.N * Math.abs(run.implicit) }));
    plot.select('.rm-reference').attr(
      'd',
      polyline(
        ref,
        (p) => x(p.N),
        (p) => y(p.v),
      ),
    );
    plot.select('.rm-note').text('floor: equal to the limit to rounding');
  }

  function draw(run: ImplicitLimit, k: number, ghost: ImplicitLimit | null) {
    if (drawn !== run) drawRun(run);
    drawn = run;
    const shown = run.steps.slice(0, k + 1);
    for (const m of GRADIENT_METHODS)
      plot.select(`[data-method="${m}"]`).attr(
        'd',
        polyline(
          shown,
          (s) => x(s.N),
          (s) => y(s.gaps[m]),
        ),
      );
    plot.select('.ghost-path').attr(
      'd',
      ghost
        ? polyline(
            ghost.steps.filter((s) => s.N <= x.domain()[1]),
            (s) => x(s.N),
            (s) => y(s.gaps.forward),
          )
        : null,
    );
    const s = run.steps[k];
    if (!s) return;
    plot
      .select('.rm-rule')
      .attr('x1', x(s.N))
      .attr('x2', x(s.N))
      .attr('y1', margin.top)
      .attr('y2', H - margin.bottom);
    rings
      .selectAll('circle')
      .data(GRADIENT_METHODS)
      .join('circle')
      .attr('class', (m) => `rm-current ${METHOD_MARKS[m].className}-ring`)
      .attr('r', 6)
      .attr('cx', x(s.N))
      .attr('cy', (m) => y(s.gaps[m]));
  }
  return { frame, draw };
}
