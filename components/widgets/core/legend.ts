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

function swatch(item: G, kind: string, className: string, w: number, size: number): void {
  const cy = (size * 1.5) / 2;
  const r = size * 0.32;
  const s = item.append('g').attr('class', `swatch ${className}-swatch`);
  if (kind === 'line' || kind === 'dashed' || kind === 'arrow')
    s.append(kind === 'arrow' ? 'path' : 'line')
      .attr('class', className)
      .attr('x1', 0)
      .attr('x2', w)
      .attr('y1', cy)
      .attr('y2', cy)
      .attr(
        'd',
        kind === 'arrow' ? `M0,${cy}H${w - r}M${w - 2 * r},${cy - r}L${w},${cy}L${w - 2 * r},${cy + r}` : null,
      );
  else if (kind === 'band')
    s.append('rect')
      .attr('class', className)
      .attr('y', cy - size * 0.45)
      .attr('width', w)
      .attr('height', size * 0.9);
  else if (kind === 'square')
    s.append('rect')
      .attr('class', className)
      .attr('x', w / 2 - r)
      .attr('y', cy - r)
      .attr('width', 2 * r)
      .attr('height', 2 * r);
  else if (kind === 'triangle')
    s.append('path')
      .attr('class', className)
      .attr('d', `M${w / 2},${cy - r * 1.2} l${-r * 1.2},${r * 2.2} h${r * 2.4} z`);
  else
    s.append('circle')
      .attr('class', className)
      .attr('cx', w / 2)
      .attr('cy', cy)
      .attr('r', kind === 'ring' ? r * 1.2 : r);
}

/** Shows or hides one legend item (a mark the panel draws only sometimes, like the previous run). */
export function showMark(
  frame: { svg: Selection<SVGSVGElement, unknown, null, undefined> },
  key: MarkKey,
  on: boolean,
) {
  frame.svg.select(`.legend-item[data-mark="${key}"]`).attr('visibility', on ? null : 'hidden');
}
