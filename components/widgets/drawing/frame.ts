import { axisBottom, axisLeft, type AxisScale } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { formatSig } from '../../../src/words/format';
import { drawLegend } from './legend';
import type { MarkKey } from './marks';
import type { Scale } from './scale';

let figures = 0;

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Inner drawing area of a figure, after margins. */
export interface Frame {
  svg: Svg;
  plot: G;
  width: number;
  /** The viewBox height: the plot's height plus the heading and legend above it. */
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Font size of tick labels in SVG units (14 CSS px at the width the figure was created at). */
  fontSize: number;
}

/**
 * An SVG figure with a fixed viewBox (it scales to its container), a title for screen readers,
 * an optional visible heading and legend above the plot, and groups for axes and the plot.
 * Text is sized in CSS pixels whatever the figure's scale: the margins grow with it, so that
 * at 360 px tick labels are 14 px and none is clipped. Created once per panel.
 */
export function createFrame(
  host: HTMLElement,
  opts: {
    width: number;
    height: number;
    title: string;
    desc?: string;
    margin?: Partial<Frame['margin']>;
    /** A visible panel title ("T at each update"). */
    heading?: string;
    /** The marks this panel draws, named in its legend. */
    legend?: readonly MarkKey[];
  },
): Frame {
  // SVG units per CSS pixel at the width the figure is created at (1 if it is not laid out).
  const u = opts.width / Math.min(host.clientWidth || opts.width, opts.width * 1.6);
  const grow = Math.max(1, u);
  // Tick labels, legends and headings are 14 CSS px (figure.css --text-px; larger when presenting).
  const fontSize = 14 * u;
  const base = { top: 12, right: 16, bottom: 44, left: 56, ...opts.margin };
  const svg = select(host).append('svg').attr('role', 'img').attr('class', 'figure');
  svg.style('--u', u.toFixed(3));
  // Ids from the host's id (set by the shell), so snapshots and links are stable.
  const titleId = `${host.id || `fig${++figures}`}-title`;
  svg.attr('aria-labelledby', titleId);
  svg.append('title').attr('id', titleId).text(opts.title);
  if (opts.desc) svg.append('desc').text(opts.desc);
  let top = 4 * grow;
  if (opts.heading) {
    svg
      .append('text')
      .attr('class', 'panel-heading')
      .attr('x', 8)
      .attr('y', top + fontSize)
      .text(opts.heading);
    top += fontSize * 1.5;
  }
  if (opts.legend?.length) {
    const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(8,${top})`);
    top += drawLegend(g, opts.legend, opts.width - 16, fontSize);
  }
  const margin = {
    top: top + base.top * grow,
    right: base.right * grow,
    bottom: base.bottom * grow,
    left: base.left * grow,
  };
  const height = cappedPlotHeight(svg.node() as SVGSVGElement, opts.height * grow, top, u) + top;
  svg.attr('viewBox', `0 0 ${opts.width} ${height.toFixed(1)}`);
  // The shell reserved the plot's space (CSS aspect-ratio); now it is exactly the figure's.
  host.style.aspectRatio = `${opts.width} / ${height.toFixed(1)}`;
  svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${height - margin.bottom})`);
  svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${margin.left},0)`);
  // Marks outside the plotting area are clipped, so an off-scale line never runs over the axes.
  const clipId = `${titleId}-clip`;
  svg
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', margin.left)
    .attr('y', margin.top)
    .attr('width', opts.width - margin.left - margin.right)
    .attr('height', height - margin.top - margin.bottom);
  const plot = svg.append('g').attr('class', 'plot').attr('clip-path', `url(#${clipId})`);
  return { svg, plot, width: opts.width, height, margin, fontSize };
}

/**
 * The plot's height in SVG units. On a phone the stage caps a figure's height (views.css): a figure
 * drawn taller showed at two thirds of the phone's width, its 14 px text at 9.7 to 11 px and empty
 * space beside it. Narrower than its width (u > 1), the plot gives up height instead, down to 55 %,
 * so the figure fills the width with its text at full size.
 */
function cappedPlotHeight(svg: SVGSVGElement, plot: number, top: number, u: number): number {
  const cap = parseFloat(getComputedStyle(svg).maxHeight); // NaN for 'none' (an embed, a wide screen's figure)
  if (!(u > 1) || !Number.isFinite(cap)) return plot;
  // Rendered at the host's width, one CSS px is u units; one px to spare for rounding.
  return Math.max(plot * 0.55, Math.min(plot, (cap - 1) * u - top));
}

/** The scales and labels each frame's axes were last drawn with. */
const drawnAxes = new WeakMap<Frame, string>();

/**
 * Draws both axes with the site's number format and the article's symbols as labels. Ticks are
 * fewer on a narrow figure; a log axis marks every decade and labels a few, always including the
 * decades of `yRead` (values a lesson asks the reader to read off). The margins, which grow
 * with the text, keep the end ticks' labels inside the figure.
 */
export function drawAxes(
  frame: Frame,
  x: Scale,
  y: Scale,
  labels: { x: string; y: string },
  opts: { yLog?: boolean; yRead?: readonly number[] } = {},
): void {
  const { svg, height, width, margin, fontSize } = frame;
  // A new run on the same scales (a change of β, a step of the reader's data) keeps its axes:
  // rewriting every tick restyles, lays out and repaints them for nothing.
  const key = JSON.stringify([
    x.domain(),
    x.range(),
    x.ticks(),
    y.domain(),
    y.range(),
    y.ticks(),
    labels,
    opts,
    fontSize,
  ]);
  if (drawnAxes.get(frame) === key) return;
  drawnAxes.set(frame, key);
  const tick = (v: number | { valueOf(): number }) => formatSig(Number(v), 3);
  const plotWidth = width - margin.left - margin.right;
  const xAxis = axisBottom(x as unknown as AxisScale<number>)
    .ticks(Math.max(3, Math.min(6, Math.floor(plotWidth / (fontSize * 4.5)))))
    .tickFormat(tick);
  svg.select<SVGGElement>('.axis-x').call(xAxis);
  const yAxis = axisLeft(y as unknown as AxisScale<number>)
    .ticks(Math.max(3, Math.min(6, Math.floor((height - margin.top - margin.bottom) / (fontSize * 3)))))
    .tickFormat(tick);
  if (opts.yLog) {
    // Every decade gets a tick; at most six are labelled, counted from the top, plus the read-off ones.
    const decades = y.ticks().filter((v) => Number.isInteger(Math.log10(v)));
    const every = Math.ceil(decades.length / 6);
    const read = new Set((opts.yRead ?? []).filter((v) => v > 0).map((v) => Math.floor(Math.log10(v))));
    // A read-off decade is labelled; a regular label within two decades of one steps aside.
    const labelled = new Set(
      decades.filter((v, i) => {
        const e = Math.round(Math.log10(v));
        return read.has(e) || ((decades.length - 1 - i) % every === 0 && !read.has(e - 1) && !read.has(e + 1));
      }),
    );
    yAxis.tickValues(decades).tickFormat((v) => (labelled.has(Number(v)) ? tick(v) : ''));
  }
  svg.select<SVGGElement>('.axis-y').call(yAxis);
  svg
    .selectAll('text.axis-label-x')
    .data([labels.x])
    .join('text')
    .attr('class', 'axis-label axis-label-x')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - frame.fontSize * 0.45)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  svg
    .selectAll('text.axis-label-y')
    .data([labels.y])
    .join('text')
    .attr('class', 'axis-label axis-label-y')
    .attr('transform', `translate(${frame.fontSize},${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);
}

/** Keeps a value inside a scale's range, so an off-scale point sits on the edge instead of far away. */
export function clampTo(scale: Scale, v: number): number {
  const [r0, r1] = scale.range() as [number, number];
  const px = scale(v);
  return Math.min(Math.max(r0, r1), Math.max(Math.min(r0, r1), Number.isFinite(px) ? px : r1));
}
