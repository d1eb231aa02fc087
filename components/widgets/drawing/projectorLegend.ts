/**
 * Projector sizing of a figure's heading and legend (presenter mode): a figure squeezed to fit the
 * screen (the training's three panels side by side) shows text laid out for the reading width at
 * a fraction of its size. Its legend items are flowed again, larger, and the room they need more
 * is added above the plot (the viewBox grows upwards, so the plot's coordinates do not change).
 */

/** The legend and heading size wanted on screen, in CSS pixels. */
export const LEGEND_PX = 20;

/** The drawn layout, kept to be put back when presenting ends. */
interface Drawn {
  viewBox: string;
  legend: string;
  items: string[];
  heading: { y: string; style: string } | null;
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
    heading.setAttribute('y', d.heading.y);
    heading.setAttribute('style', d.heading.style);
  }
}

/** The translation of a `translate(x,y)` transform. */
const shift = (t: string | null): [number, number] => {
  const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(t ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/**
 * Sizes the figure's heading and legend to show at {@link LEGEND_PX} on screen (`on`), or puts
 * the drawn ones back. Items are flowed in rows as wide as the figure; a legend that needs more
 * rows, and a larger heading, push the top of the viewBox up by the height they add.
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
  if (!on || !label || !vb || vb.width === 0 || shown === 0 || items.length === 0) return;
  const size = parseFloat(getComputedStyle(label).fontSize); // SVG units
  const room = vb.width - 16;
  const widths = items.map((item) => item.getBBox().width + size);
  // Large enough for the projector, small enough that the widest item still fits a row.
  const f = Math.min((LEGEND_PX * vb.width) / shown / size, room / Math.max(...widths));
  if (!(f > 1)) return;
  drawn.set(svg, {
    viewBox: svg.getAttribute('viewBox') ?? '',
    legend: legend.getAttribute('transform') ?? '',
    items: items.map((item) => item.getAttribute('transform') ?? ''),
    heading: heading ? { y: heading.getAttribute('y') ?? '', style: heading.getAttribute('style') ?? '' } : null,
  });
  const row = size * 1.5;
  const rowsBefore = Math.max(...items.map((item) => shift(item.getAttribute('transform'))[1])) + row;
  let x = 0;
  let y = 0;
  items.forEach((item, i) => {
    const w = (widths[i] ?? 0) * f;
    if (x > 0 && x + w > room) {
      x = 0;
      y += row * f;
    }
    item.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${f.toFixed(3)})`);
    x += w;
  });
  const headingMore = heading ? row * (f - 1) : 0;
  const more = headingMore + y + row * f - rowsBefore;
  const [lx, ly] = shift(legend.getAttribute('transform'));
  legend.setAttribute('transform', `translate(${lx},${(ly + headingMore - more).toFixed(1)})`);
  if (heading) {
    heading.setAttribute('y', (Number(heading.getAttribute('y')) + size * (f - 1) - more).toFixed(1));
    heading.style.fontSize = `${(size * f).toFixed(2)}px`;
  }
  svg.setAttribute('viewBox', `${vb.x} ${(vb.y - more).toFixed(1)} ${vb.width} ${(vb.height + more).toFixed(1)}`);
}
