/**
 * Projector sizing of a figure's axis titles (presenter mode): tick labels projected larger than
 * the margins drawn for reading reach into where the titles were drawn. The y title moves left of
 * its tick labels and the x title below them, and the viewBox grows where the figure lacks room
 * (kept, to be put back when presenting ends). Used by projector.ts.
 */

/** Screen px to SVG units for `svg` as it shows now. */
const unitsPerPx = (svg: SVGSVGElement) => 1 / (svg.getScreenCTM()?.a || 1);

/** The screen boxes of the y axis's tick labels. */
export const yLabels = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll<SVGTextElement>('.axis-y text')]
    .map((t) => t.getBoundingClientRect())
    .filter((r) => r.width > 0);

/** The y axis title's drawn transform (`translate(x,y) rotate(-90)`), put back when presenting ends. */
const drawnTitle = new WeakMap<SVGTextElement, string>();

/** The viewBox before {@link widenLeft} or {@link clearXTitle} made room for an axis title. */
const drawnBox = new WeakMap<SVGSVGElement, string>();
/** The x axis title's drawn `y`. */
const drawnY = new WeakMap<SVGTextElement, string>();

/** Keeps the viewBox as drawn, the first time it changes. */
const keepBox = (svg: SVGSVGElement) => {
  if (!drawnBox.has(svg)) drawnBox.set(svg, svg.getAttribute('viewBox') ?? '');
};

/** Puts the axis titles of `svg` back where drawAxes drew them, and the viewBox as it was before. */
export function restoreAxisTitles(svg: SVGSVGElement): void {
  const box = drawnBox.get(svg);
  if (box !== undefined) svg.setAttribute('viewBox', box);
  drawnBox.delete(svg);
  const title = svg.querySelector<SVGTextElement>('text.axis-label-y');
  const was = title ? drawnTitle.get(title) : undefined;
  if (title && was !== undefined) title.setAttribute('transform', was);
  if (title) drawnTitle.delete(title);
  const x = svg.querySelector<SVGTextElement>('text.axis-label-x');
  const y = x ? drawnY.get(x) : undefined;
  if (x && y !== undefined) x.setAttribute('y', y);
  if (x) drawnY.delete(x);
}

/**
 * Extends the viewBox to the left by what the y axis title lacks (`px` on screen, and half as much again for the larger ticks the smaller figure then gets), at
 * most 15 % of its width; false if it cannot.
 */
export function widenLeft(svg: SVGSVGElement, px: number): boolean {
  const vb = svg.viewBox.baseVal;
  const perPx = unitsPerPx(svg);
  const more = Math.min(px * perPx * 1.5, vb.width * 0.15);
  if (!vb || !(more > 0)) return false;
  keepBox(svg);
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
  const perPx = unitsPerPx(svg);
  if (!m || move === 0) return over;
  if (!drawnTitle.has(title)) drawnTitle.set(title, title.getAttribute('transform') ?? '');
  title.setAttribute('transform', `translate(${(Number(m[1]) - move * perPx).toFixed(1)},${m[2]})${m[3]}`);
  return over - move;
}

/**
 * Moves the x axis title below its projected tick labels, growing the viewBox downwards when the
 * figure ends above it. True if the viewBox grew (the figure then shows a little smaller).
 */
export function clearXTitle(svg: SVGSVGElement): boolean {
  const title = svg.querySelector<SVGTextElement>('text.axis-label-x');
  const labels = [...svg.querySelectorAll<SVGTextElement>('.axis-x text')]
    .map((t) => t.getBoundingClientRect())
    .filter((r) => r.width > 0);
  if (!title || labels.length === 0) return false;
  const t = title.getBoundingClientRect();
  const down = Math.max(...labels.map((r) => r.bottom)) + t.height * 0.1 - t.top;
  if (t.height === 0 || down <= 0) return false;
  const perPx = unitsPerPx(svg);
  if (!drawnY.has(title)) drawnY.set(title, title.getAttribute('y') ?? '');
  title.setAttribute('y', (Number(title.getAttribute('y')) + down * perPx).toFixed(1));
  const past = t.bottom + down - svg.getBoundingClientRect().bottom;
  const vb = svg.viewBox.baseVal;
  if (past <= 0 || !vb) return false;
  keepBox(svg);
  const more = past * perPx * 1.05;
  svg.setAttribute('viewBox', [vb.x, vb.y, vb.width, vb.height + more].map((v) => v.toFixed(1)).join(' '));
  return true;
}
