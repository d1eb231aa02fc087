import type { Tape } from '../../../src/solver';
import type { ResearchMark } from '../researchNeumann/figure';
import { researchFrame } from '../researchNeumann/figure';

export const TAPE_MARKS = {
  forward: { label: 'forward pass', className: 'rt-forward', swatch: 'square' },
  backward: { label: 'backward sweep', className: 'rt-backward', swatch: 'square' },
  stored: { label: 'g(n) on the tape', className: 'rt-stored', swatch: 'square' },
  now: { label: 'here', className: 'rm-current', swatch: 'ring' },
} as const satisfies Record<string, ResearchMark>;

/**
 * The 2-D scrubber: one row per update k, one cell per position (forward n = 0 … N, then backward
 * n = N … 0). Clicking a cell goes there; the widget's keys move along a row (← →) and between
 * rows (↑ ↓).
 */
export function createGrid(host: HTMLElement, seek: (i: number) => void) {
  const W = 640;
  const frame = researchFrame(host, {
    width: W,
    height: 150,
    title: 'The tape positions of every update: rows are updates k, cells the forward pass then the backward sweep',
    marks: [TAPE_MARKS.forward, TAPE_MARKS.backward, TAPE_MARKS.now],
    left: 40,
  });
  const { plot, margin, height: H, fontSize } = frame;
  const cells = plot.append('g').attr('class', 'rt-cells');
  const ring = plot.append('rect').attr('class', 'rm-current rt-ring');
  const labels = frame.svg.append('g').attr('class', 'axis');
  let drawn: Tape | null = null;
  let cell = (_i: number) => ({ x: 0, y: 0, w: 0, h: 0 });

  function drawRun(tape: Tape) {
    const K = tape.records.length / tape.perUpdate;
    const w = (W - margin.left - margin.right) / tape.perUpdate;
    const h = Math.min(fontSize * 2, (H - margin.top - margin.bottom) / K);
    cell = (i) => ({
      x: margin.left + (i % tape.perUpdate) * w,
      y: margin.top + Math.floor(i / tape.perUpdate) * h,
      w,
      h,
    });
    cells
      .selectAll('rect')
      .data(tape.records)
      .join('rect')
      .attr('class', (r) => (r.phase === 'forward' ? 'rt-forward' : 'rt-backward'))
      .attr('x', (_, i) => cell(i).x + 0.5)
      .attr('y', (_, i) => cell(i).y + 0.5)
      .attr('width', Math.max(1, w - 1))
      .attr('height', Math.max(1, h - 1))
      .on('click', (_, r) => seek(r.k * tape.perUpdate + r.position));
    const every = Math.ceil((K * fontSize * 1.2) / (H - margin.top - margin.bottom)) || 1;
    labels
      .selectAll('text')
      .data(Array.from({ length: K }, (_, k) => k).filter((k) => k % every === 0))
      .join('text')
      .attr('x', margin.left - 6)
      .attr('y', (k) => margin.top + (k + 0.5) * h)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text((k) => `k=${k}`);
    frame.svg
      .selectAll('text.axis-label-x')
      .data(['forward n = 0 … N, then backward N … 0'])
      .join('text')
      .attr('class', 'axis-label axis-label-x')
      .attr('x', (margin.left + W - margin.right) / 2)
      .attr('y', Math.min(H - fontSize * 0.45, margin.top + K * h + fontSize * 1.6))
      .attr('text-anchor', 'middle')
      .text((d) => d);
  }

  function draw(tape: Tape, i: number) {
    if (drawn !== tape) drawRun(tape);
    drawn = tape;
    const c = cell(i);
    ring.attr('x', c.x).attr('y', c.y).attr('width', c.w).attr('height', c.h);
  }
  return { frame, draw };
}

/** The tape of the current update: one row per sample, one cell per g(n) stored, the current n ringed. */
export function createTapePlot(host: HTMLElement) {
  const W = 640;
  const frame = researchFrame(host, {
    width: W,
    height: 140,
    title: 'The tape of the current update: the stored iterates g(n) of each sample',
    marks: [TAPE_MARKS.stored, TAPE_MARKS.now],
    left: 40,
  });
  const { plot, margin, height: H, fontSize } = frame;
  const cells = plot.append('g');
  const ring = plot.append('rect').attr('class', 'rm-current rt-ring');
  const labels = frame.svg.append('g').attr('class', 'axis');
  const caption = frame.svg.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle');

  function draw(tape: Tape, i: number, sample: number) {
    const r = tape.records[i];
    if (!r) return;
    const N = tape.perUpdate / 2 - 1;
    const S = r.samples.length;
    const w = (W - margin.left - margin.right) / (N + 1);
    const h = Math.min(fontSize * 1.6, (H - margin.top - margin.bottom) / S);
    const stored = r.phase === 'forward' ? r.n + 1 : r.n;
    const data = Array.from({ length: S * (N + 1) }, (_, j) => ({ s: Math.floor(j / (N + 1)), n: j % (N + 1) }));
    cells
      .selectAll('rect')
      .data(data)
      .join('rect')
      .attr('x', (d) => margin.left + d.n * w + 0.5)
      .attr('y', (d) => margin.top + d.s * h + 0.5)
      .attr('width', Math.max(1, w - 1))
      .attr('height', Math.max(1, h - 1))
      .attr('class', (d) => (d.n < stored ? 'rt-stored' : 'rt-empty') + (d.s === sample ? ' rt-chosen' : ''));
    labels
      .selectAll('text')
      .data(r.samples.map((_, s) => s))
      .join('text')
      .attr('x', margin.left - 6)
      .attr('y', (s) => margin.top + (s + 0.5) * h)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text((s) => `i=${s}`);
    ring
      .attr('x', margin.left + r.n * w)
      .attr('y', margin.top + sample * h)
      .attr('width', w)
      .attr('height', h);
    caption
      .attr('x', (margin.left + W - margin.right) / 2)
      .attr('y', margin.top + S * h + fontSize * 1.6)
      .text(`n = 0 … ${N}; ${r.memory} values stored`);
  }
  return { frame, draw };
}
