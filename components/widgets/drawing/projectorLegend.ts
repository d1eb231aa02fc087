/**
 * Projector sizing of a figure's heading and legend (presenter mode): a figure squeezed to fit the
 * screen (the training's three panels side by side) shows text laid out for the reading width at
 * a fraction of its size. Its legend items are flowed again, larger, and the room they need more
 * is added above the plot (the viewBox grows upwards, so the plot's coordinates do not change).
 */

/** The legend and heading size wanted on screen, in CSS pixels. */
export const LEGEND_PX = 20;
/** On a figure under 333 px high the legend shows at 6 % of its height, never under this. */
const MIN_LEGEND_PX = 14;

/** The drawn layout, kept to be put back when presenting ends. */
interface Drawn {
  viewBox: string;
  legend: string;
  items: string[];
  heading: { x: string; y: string; style: string } | null;
}
const drawn = new WeakMap<SVGSVGElement, Drawn>();

/** Puts the figure's drawn heading, legend and viewBox back. */
function restore(svg: SVGSVGElement, legend: SVGGElement, heading: SVGTextElement | null): void {
  const d = drawn.get(svg);
  if (!d) return;
  drawn.delete(svg);
  svg.setAttribute('viewBox', d.viewBox);
  legend.setAttribute('transform', d.legend);
  legend.querySelectorAll('.legend-item').forEach((item, i) => item.setAttribute('transform', d.items[i] ?? ''));
  if (heading && d.heading) {
    heading.setAttribute('x', d.heading.x);
    heading.setAttribute('y', d.heading.y);
    heading.setAttribute('style', d.heading.style);
  }
}

/** The translation of a `translate(x,y)` transform. */
const shift = (t: string | null): [number, number] => {
  const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(t ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/** A legend flowed at `f` times its size in rows `room` wide: each item's place, and the height. */
function flow(widths: number[], f: number, room: number, row: number): { at: [number, number][]; height: number } {
  let x = 0;
  let y = 0;
  const at = widths.map((width): [number, number] => {
    const w = width * f;
    if (x > 0 && x + w > room) {
      x = 0;
      y += row * f;
    }
    x += w;
    return [x - w, y];
  });
  return { at, height: y + row * f };
}

/**
 * Sizes the figure's heading and legend to show at {@link LEGEND_PX} on screen (less on a short
 * figure, down to {@link MIN_LEGEND_PX}) (`on`), or puts
 * the drawn ones back. A figure narrower than its column (its height is what limits it) widens
 * its viewBox to the column, so the legend's rows use that width (the plot keeps its place and
 * scale); a legend that still needs more rows, and a larger heading, push the top of the
 * viewBox up by the height they add.
 */
export function fitLegend(svg: SVGSVGElement, on: boolean): void {
  const legend = svg.querySelector<SVGGElement>(':scope > g.legend');
  const heading = svg.querySelector<SVGTextElement>(':scope > text.panel-heading');
  if (!legend) return;
  restore(svg, legend, heading);
  const items = [...legend.querySelectorAll<SVGGElement>('.legend-item')];
  const label = legend.querySelector('.legend-label');
  const vb = svg.viewBox.baseVal;
  const shown = svg.getBoundingClientRect().width;
  const column = svg.parentElement?.clientWidth ?? 0;
  if (!on || !label || !vb || vb.width === 0 || shown === 0 || items.length === 0) return;
  const size = parseFloat(getComputedStyle(label).fontSize); // SVG units
  const widths = items.map((item) => item.getBBox().width + size);
  const headingWidth = heading?.getBBox().width ?? 0;
  const row = size * 1.5;
  const rowsBefore = Math.max(...items.map((item) => shift(item.getAttribute('transform'))[1])) + row;
  const heightLimited = column > shown + 1;
  // A figure squeezed short by a long caption or badge keeps room for its plot: smaller legend text.
  const px = Math.min(LEGEND_PX, Math.max(MIN_LEGEND_PX, svg.getBoundingClientRect().height * 0.06));
  // Screen pixels per SVG unit, once the taller viewBox has made a height-limited figure smaller:
  // a few rounds settle the size, the rows and the height they add.
  let more = 0;
  let f = 1;
  let fh = 1;
  let wide = vb.width;
  let placed = flow(widths, 1, vb.width - 16, row);
  for (let round = 0; round < 4; round++) {
    const scale = (shown / vb.width) * (heightLimited ? vb.height / (vb.height + more) : 1);
    wide = Math.max(vb.width, heightLimited ? column / scale : vb.width);
    const room = wide - 16;
    const want = px / scale / size;
    f = Math.max(1, Math.min(want, room / Math.max(...widths)));
    fh = heading ? Math.max(1, Math.min(want, room / headingWidth)) : 1;
    placed = flow(widths, f, room, row);
    more = Math.max(0, row * (fh - 1) + placed.height - rowsBefore);
  }
  if (!(f > 1)) return;
  drawn.set(svg, {
    viewBox: svg.getAttribute('viewBox') ?? '',
    legend: legend.getAttribute('transform') ?? '',
    items: items.map((item) => item.getAttribute('transform') ?? ''),
    heading: heading
      ? {
          x: heading.getAttribute('x') ?? '',
          y: heading.getAttribute('y') ?? '',
          style: heading.getAttribute('style') ?? '',
        }
      : null,
  });
  const left = (wide - vb.width) / 2;
  items.forEach((item, i) => {
    const [x, y] = placed.at[i] ?? [0, 0];
    item.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${f.toFixed(3)})`);
  });
  const headingMore = row * (fh - 1);
  const [lx, ly] = shift(legend.getAttribute('transform'));
  legend.setAttribute('transform', `translate(${(lx - left).toFixed(1)},${(ly + headingMore - more).toFixed(1)})`);
  if (heading) {
    heading.setAttribute('x', (Number(heading.getAttribute('x')) - left).toFixed(1));
    heading.setAttribute('y', (Number(heading.getAttribute('y')) + size * (fh - 1) - more).toFixed(1));
    heading.style.fontSize = `${(size * fh).toFixed(2)}px`;
  }
  const box = [vb.x - left, vb.y - more, wide, vb.height + more];
  svg.setAttribute('viewBox', box.map((v) => v.toFixed(1)).join(' '));
}
