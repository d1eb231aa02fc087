import type { ImplicitLimit } from '../../../src/solver';
import { drawAxes } from '../drawing/frame';
import { linearScale } from '../drawing/scale';
import { researchFrame } from './figure';
import { CURRENT, LIMIT, TERM } from './marks';

/**
 * The Neumann series' terms stacked: term n is a bar from the partial sum of terms 0 … n−1 to
 * the sum of terms 0 … n, so the bars climb (or zigzag, for c < 0) towards the implicit limit.
 */
export function createTermsPlot(host: HTMLElement) {
  const W = 640;
  const frame = researchFrame(host, {
    width: W,
    height: 260,
    title: 'The terms of the Neumann series stacked one on another, approaching the implicit limit',
    marks: [TERM, LIMIT, { ...CURRENT, label: 'sum after N terms' }],
    left: 64,
  });
  const { plot, margin, height: H } = frame;
  plot.append('line').attr('class', 'rm-limit');
  const bars = plot.append('g').attr('class', 'rm-terms');
  plot.append('circle').attr('class', 'rm-current').attr('r', 6);
  let drawn: ImplicitLimit | null = null;
  let x = linearScale([0, 1], [0, 1]);
  let y = linearScale([0, 1], [0, 1]);

  function drawRun(run: ImplicitLimit) {
    // Twenty terms fill the axis; with fewer the bars stay readable, with more they are hair-thin.
    const shownTerms = Math.min(run.params.maxSteps, 30);
    x = linearScale([0, shownTerms], [margin.left, W - margin.right]);
    const sums = (run.steps.at(-1)?.terms ?? []).reduce<number[]>((acc, t) => [...acc, (acc.at(-1) ?? 0) + t], [0]);
    const lo = Math.min(0, run.implicit, ...sums);
    const hi = Math.max(0, run.implicit, ...sums);
    const pad = 0.08 * (hi - lo || 1);
    y = linearScale([lo - pad, hi + pad], [H - margin.bottom, margin.top]);
    drawAxes(frame, x, y, { x: 'n, term of the series', y: 'partial sum' });
    plot
      .select('.rm-limit')
      .attr('x1', margin.left)
      .attr('x2', W - margin.right)
      .attr('y1', y(run.implicit))
      .attr('y2', y(run.implicit));
  }

  function draw(run: ImplicitLimit, k: number) {
    if (drawn !== run) drawRun(run);
    drawn = run;
    const s = run.steps[k];
    if (!s) return;
    const limit = x.domain()[1];
    let sum = 0;
    const spans = s.terms.slice(0, limit).map((t, n) => {
      const from = sum;
      sum += t;
      return { n, from, to: sum };
    });
    const w = Math.max(1, (x(1) - x(0)) * 0.8);
    bars
      .selectAll('rect')
      .data(spans)
      .join('rect')
      .attr('class', 'rm-term')
      .attr('x', (b) => x(b.n) + (x(1) - x(0)) * 0.1)
      .attr('width', w)
      .attr('y', (b) => Math.min(y(b.from), y(b.to)))
      .attr('height', (b) => Math.max(1, Math.abs(y(b.to) - y(b.from))));
    const total = s.terms.reduce((t, v) => t + v, 0);
    plot
      .select('.rm-current')
      .attr('cx', x(Math.min(s.N, limit)))
      .attr('cy', y(total));
  }
  return { frame, draw };
}
