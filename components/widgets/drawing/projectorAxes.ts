/**
 * Projector sizing of a figure's axis titles (presenter mode): tick labels projected larger than
 * the margins drawn for reading reach into where the titles were drawn. The y title moves left of
 * its tick labels and the x title below them, and the viewBox grows where the figure lacks room
 * (kept, to be put back when presenting ends). Used by projector.ts.
 */

/** Screen px to SVG units for `svg` as it shows now. */
const unitsPerPx = (svg: SVGSVGElement) => 1 / (svg.getScreenCTM()?.a || 1);

/** The screen boxes of an axis's tick labels (`.axis-x` or `.axis-y`). */
const labelBoxes = (svg: SVGSVGElement, axis: 'x' | 'y') =>
  [...svg.querySelectorAll<SVGTextElement>(`.axis-${axis} text`)]
    .map((t) => t.getBoundingClientRect())
    .filter((r) => r.width > 0);

/** The screen boxes of the y axis's tick labels. */
export const yLabels = (svg: SVGSVGElement) => labelBoxes(svg, 'y');

/** The attributes changed while presenting (the viewBox, a title's place), as drawn, per figure. */
const drawn = new WeakMap<SVGSVGElement, Map<Element, Map<string, string>>>();

/** Keeps `name` of `el` (part of figure `svg`) as drawn, the first time it changes. */
function keep(svg: SVGSVGElement, el: Element, name: string): void {
  const figure = drawn.get(svg) ?? new Map<Element, Map<string, string>>();
  drawn.set(svg, figure);
  const attrs = figure.get(el) ?? new Map<string, string>();
  figure.set(el, attrs);
  if (!attrs.has(name)) attrs.set(name, el.getAttribute(name) ?? '');
}

/** Puts the axis titles of `svg` back where drawAxes drew them, and the viewBox as it was before. */
export function restoreAxisTitles(svg: SVGSVGElement): void {
  for (const [el, attrs] of drawn.get(svg) ?? []) for (const [name, value] of attrs) el.setAttribute(name, value);
  drawn.delete(svg);
}

/**
 * Extends the viewBox to the left by what the y axis title lacks (`px` on screen, and half as much
 * again for the larger ticks the smaller figure then gets), at most 15 % of its width; false if it
 * cannot.
 */
export function widenLeft(svg: SVGSVGElement, px: number): boolean {
  const vb = svg.viewBox.baseVal;
  if (!vb) return false;
  const more = Math.min(px * unitsPerPx(svg) * 1.5, vb.width * 0.15);
  if (!(more > 0)) return false;
  keep(svg, svg, 'viewBox');
  svg.setAttribute('viewBox', [vb.x - more, vb.y, vb.width + more, vb.height].map((v) => v.toFixed(1)).join(' '));
  return true;
}

/**
 * Moves the y axis title left, clear of the projected tick labels, but not past the figure's left
 * edge. Returns how many screen px the labels still overlap it.
 */
export function clearYTitle(svg: SVGSVGElement): number {
  const left = svg.getBoundingClientRect().left;
  const title = svg.querySelector<SVGTextElement>('text.axis-label-y');
  const labels = yLabels(svg);
  if (!title || labels.length === 0) return 0;
  const t = title.getBoundingClientRect();
  const gap = t.width * 0.25;
  const over = t.right + gap - Math.min(...labels.map((r) => r.left));
  if (t.width === 0 || over <= 0) return 0;
  const move = Math.max(0, Math.min(over, t.left - left - 1));
  const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)(.*)/.exec(title.getAttribute('transform') ?? '');
  if (!m || move === 0) return over;
  keep(svg, title, 'transform');
  title.setAttribute('transform', `translate(${(Number(m[1]) - move * unitsPerPx(svg)).toFixed(1)},${m[2]})${m[3]}`);
  return over - move;
}

/**
 * Moves the x axis title below its projected tick labels, growing the viewBox downwards when the
 * figure ends above it. True if the viewBox grew (the figure then shows a little smaller).
 */
export function clearXTitle(svg: SVGSVGElement): boolean {
  const title = svg.querySelector<SVGTextElement>('text.axis-label-x');
  const labels = labelBoxes(svg, 'x');
  if (!title || labels.length === 0) return false;
  const t = title.getBoundingClientRect();
  const down = Math.max(...labels.map((r) => r.bottom)) + t.height * 0.1 - t.top;
  if (t.height === 0 || down <= 0) return false;
  const perPx = unitsPerPx(svg);
  keep(svg, title, 'y');
  title.setAttribute('y', (Number(title.getAttribute('y')) + down * perPx).toFixed(1));
  const past = t.bottom + down - svg.getBoundingClientRect().bottom;
  const vb = svg.viewBox.baseVal;
  if (past <= 0 || !vb) return false;
  keep(svg, svg, 'viewBox');
  const more = past * perPx * 1.05;
  svg.setAttribute('viewBox', [vb.x, vb.y, vb.width, vb.height + more].map((v) => v.toFixed(1)).join(' '));
  return true;
}
