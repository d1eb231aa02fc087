import type { Selection } from 'd3-selection';
import { MARKS, type MarkKey } from './marks';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Width of a text of `chars` characters at `size` units: an estimate, so layouts do not depend on fonts. */
export const textWidth = (chars: number, size: number) => chars * size * 0.56;

/**
 * Draws a legend of `keys` into `g`, flowing left to right in rows no wider than `width`,
 * each item a swatch drawn with the mark's own class and the mark's word. Returns its height.
 */
export function drawLegend(g: G, keys: readonly MarkKey[], width: number, size: number): number {
  const row = size * 1.5;
  const sw = size * 1.6;
  let x = 0;
  let y = 0;
  for (const key of keys) {
    const mark = MARKS[key];
    const w = sw + size * 0.4 + textWidth(mark.label.length, size) + size;
    if (x > 0 && x + w > width) {
      x = 0;
      y += row;
    }
    const item = g
      .append('g')
      .attr('class', 'legend-item')
      .attr('data-mark', key)
      .attr('transform', `translate(${x},${y})`);
    swatch(item, mark.swatch, mark.className, sw, size);
    item
      .append('text')
      .attr('class', 'legend-label')
      .attr('x', sw + size * 0.4)
      .attr('y', row / 2)
      .attr('dy', '0.35em')
      .text(mark.label);
    x += w;
  }
  return keys.length ? y + row : 0;
}

/** The swatch of a mark as one path, drawn with the mark's own class (so it looks like the mark). */
function swatch(item: G, kind: string, className: string, w: number, size: number): void {
  const c = (size * 1.5) / 2;
  const r = size * 0.32;
  const m = w / 2;
  const circle = (q: number) => `M${m - q},${c}a${q},${q} 0 1 0 ${2 * q},0a${q},${q} 0 1 0 ${-2 * q},0`;
  const d: Record<string, string> = {
    arrow: `M0,${c}H${w - r}M${w - 2 * r},${c - r}L${w},${c}L${w - 2 * r},${c + r}`,
    band: `M0,${c - size * 0.45}h${w}v${size * 0.9}h${-w}z`,
    square: `M${m - r},${c - r}h${2 * r}v${2 * r}h${-2 * r}z`,
    triangle: `M${m},${c - r * 1.2}l${-r * 1.2},${r * 2.2}h${r * 2.4}z`,
    dot: circle(r),
    ring: circle(r * 1.2),
  };
  item
    .append('path')
    .attr('class', `swatch ${className}`)
    .attr('d', d[kind] ?? `M0,${c}H${w}`);
}

/** Shows or hides one legend item (a mark the panel draws only sometimes, like the previous run). */
export function showMark(
  frame: { svg: Selection<SVGSVGElement, unknown, null, undefined> },
  key: MarkKey,
  on: boolean,
) {
  frame.svg.select(`.legend-item[data-mark="${key}"]`).attr('visibility', on ? null : 'hidden');
}
