import { formatSig } from '../../../src/words/format';
import type { Frame } from '../drawing/frame';
import { linearScale } from '../drawing/scale';
import { TRUTH } from './compute';

type Point = readonly number[];

/**
 * A magnifier in the corner of the (a, b) plane: when θ(k) (or the previous run's end) is so
 * close to the truth that the two marks overlap on the plane (lesson 8's shift of 1e−4 on a plot
 * 4 units wide), it shows the square around the truth where they sit apart, with its width.
 */
export function createZoomInset(frame: Frame, plotWidth: number) {
  const { plot, margin, width } = frame;
  const size = plotWidth * 0.42;
  const x0 = width - margin.right - size - 4;
  // Bottom right: the path of θ from the article's start never crosses it.
  const y0 = frame.height - margin.bottom - size - 4;
  // Under the plane's truth and θ marks: its label's halo must not hide their rings.
  const g = plot.insert('g', '.truth-mark').attr('class', 'zoom-inset').attr('visibility', 'hidden');
  g.append('rect').attr('class', 'zoom-box').attr('x', x0).attr('y', y0).attr('width', size).attr('height', size);
  g.append('line').attr('class', 'zoom-ghost-link');
  g.append('circle').attr('class', 'truth-mark').attr('r', 6);
  g.append('circle').attr('class', 'ghost-end').attr('r', 5);
  g.append('circle').attr('class', 'current').attr('r', 6);
  // Above the box, flush with its right edge: inside it, the label was wider than the box when
  // presented (clipped to 'zoomed ×320' at 1920 × 1080) or 9 px small to fit (1280 × 720).
  g.append('text')
    .attr('class', 'zoom-label')
    .attr('x', x0 + size)
    .attr('y', y0 - 4)
    .attr('text-anchor', 'end');
  /** `unit` is the plane's SVG units per unit of a: the zoom only shows when the marks would overlap. */
  return function draw(theta: Point, ghostEnd: Point | null, unit: number): void {
    const d = (p: Point | null) => (p ? Math.hypot((p[0] ?? 0) - (TRUTH[0] ?? 0), (p[1] ?? 0) - (TRUTH[1] ?? 0)) : 0);
    const far = Math.max(d(theta), d(ghostEnd));
    const show = far > 0 && far * unit < 8;
    g.attr('visibility', show ? 'visible' : 'hidden');
    if (!show) return;
    const half = far * 1.6;
    const sx = linearScale([(TRUTH[0] ?? 0) - half, (TRUTH[0] ?? 0) + half], [x0, x0 + size]);
    const sy = linearScale([(TRUTH[1] ?? 0) - half, (TRUTH[1] ?? 0) + half], [y0 + size, y0]);
    const at = (p: Point) => [sx(p[0] ?? 0), sy(p[1] ?? 0)] as const;
    const [ta, tb] = at(TRUTH);
    g.select('.truth-mark').attr('cx', ta).attr('cy', tb);
    const [ca, cb] = at(theta);
    g.select('.current').attr('cx', ca).attr('cy', cb);
    const [ga, gb] = ghostEnd ? at(ghostEnd) : [ta, tb];
    g.select('.ghost-end')
      .attr('visibility', ghostEnd ? 'visible' : 'hidden')
      .attr('cx', ga)
      .attr('cy', gb);
    g.select('.zoom-ghost-link')
      .attr('visibility', ghostEnd ? 'visible' : 'hidden')
      .attr('x1', ga)
      .attr('y1', gb)
      .attr('x2', ca)
      .attr('y2', cb);
    g.select('.zoom-label').text(`zoomed ×${formatSig(size / (2 * half) / unit, 2)}`);
  };
}
