import { axisBottom, axisLeft, type AxisScale } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { formatSig } from '../../../src/lib/format';
import type { Scale } from './scale';

let figures = 0;

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

/** Inner drawing area of a figure, after margins. */
export interface Frame {
  svg: Svg;
  plot: G;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * An SVG figure with a fixed viewBox (it scales to its container), a title for screen readers,
 * and groups for axes and the plot. Created once per panel; later draws only update it.
 */
export function createFrame(
  host: HTMLElement,
  opts: { width: number; height: number; title: string; desc?: string; margin?: Partial<Frame['margin']> },
): Frame {
  const margin = { top: 12, right: 16, bottom: 44, left: 56, ...opts.margin };
  const svg = select(host)
    .append('svg')
    .attr('viewBox', `0 0 ${opts.width} ${opts.height}`)
    .attr('role', 'img')
    .attr('class', 'figure');
  // Ids from the host's id (set by the shell), so snapshots and links are stable.
  const titleId = `${host.id || `fig${++figures}`}-title`;
  svg.attr('aria-labelledby', titleId);
  svg.append('title').attr('id', titleId).text(opts.title);
  if (opts.desc) svg.append('desc').text(opts.desc);
  svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${opts.height - margin.bottom})`);
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
    .attr('height', opts.height - margin.top - margin.bottom);
  const plot = svg.append('g').attr('class', 'plot').attr('clip-path', `url(#${clipId})`);
  return { svg, plot, width: opts.width, height: opts.height, margin };
}

/** Draws both axes with the site's number format and the article's symbols as labels. */
export function drawAxes(
  frame: Frame,
  x: Scale,
  y: Scale,
  labels: { x: string; y: string },
  opts: { yLog?: boolean } = {},
): void {
  const { svg, height, width, margin } = frame;
  const tick = (v: number | { valueOf(): number }) => formatSig(Number(v), 3);
  svg.select<SVGGElement>('.axis-x').call(
    axisBottom(x as unknown as AxisScale<number>)
      .ticks(6)
      .tickFormat(tick),
  );
  const yAxis = axisLeft(y as unknown as AxisScale<number>)
    .ticks(5)
    .tickFormat(tick);
  if (opts.yLog) {
    // Label powers of ten only, at most six of them.
    const decades = y.ticks().filter((v) => Number.isInteger(Math.log10(v)));
    const every = Math.ceil(decades.length / 6);
    yAxis.tickValues(decades.filter((_, i) => i % every === 0));
  }
  svg.select<SVGGElement>('.axis-y').call(yAxis);
  svg
    .selectAll('text.axis-label-x')
    .data([labels.x])
    .join('text')
    .attr('class', 'axis-label axis-label-x')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  svg
    .selectAll('text.axis-label-y')
    .data([labels.y])
    .join('text')
    .attr('class', 'axis-label axis-label-y')
    .attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);
}

/** Keeps a value inside a scale's range, so an off-scale point sits on the edge instead of far away. */
export function clampTo(scale: Scale, v: number): number {
  const [r0, r1] = scale.range() as [number, number];
  const px = scale(v);
  return Math.min(Math.max(r0, r1), Math.max(Math.min(r0, r1), Number.isFinite(px) ? px : r1));
}
