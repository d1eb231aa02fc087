import { clearXTitle, clearYTitle, restoreAxisTitles, widenLeft, yLabels } from './projectorAxes';
import { fitLegend } from './projectorLegend';

/**
 * Projector sizing for presenter mode (issue 13): tick labels of at least 24 screen pixels on a
 * 1920 × 1080 projector, and a widget's figure, live equation and badge on the screen together.
 */

/** The tick label size wanted on screen, in CSS pixels. */
export const TICK_PX = 24;
/**
 * Where labels are projected: wider than a phone (presenter.css uses the same width). Presenting
 * on a phone, the text is reading-sized, and so are the figures' labels: a 290 px figure that kept
 * room for 24 px ticks and 20 px legend rows drew its plot a third of its width, ticks at 6 px.
 */
export const PROJECTOR_MEDIA = '(min-width: 40rem)';
/** The largest tick size in SVG units: beyond it labels crowd their axis margins. */
const MAX_TICK_UNITS = 26;

/**
 * Sets each visible figure's tick size in SVG units so that it shows at {@link TICK_PX} on
 * screen (SVG text scales with the figure): `--presenter-tick`, read by the presenter styles;
 * its heading and legend are sized too (projectorLegend.ts).
 * With `on` false the figures get their own sizes back.
 */
export function fitTicks(scope: ParentNode, on: boolean): void {
  const project = on && matchMedia(PROJECTOR_MEDIA).matches;
  for (const svg of scope.querySelectorAll<SVGSVGElement>('svg.figure')) {
    restoreAxisTitles(svg); // before fitLegend, which keeps the viewBox it found
    fitLegend(svg, project);
    const shown = svg.getBoundingClientRect().width;
    const units = svg.viewBox.baseVal?.width ?? 0;
    if (!project || shown === 0 || units === 0) {
      svg.style.removeProperty('--presenter-tick');
      continue;
    }
    keepTicksInside(svg, projectTicks(svg));
  }
}

/** Sets the tick size that shows at {@link TICK_PX} on screen at the figure's present scale; returns it in SVG units. */
function projectTicks(svg: SVGSVGElement): number {
  const size = Math.min(MAX_TICK_UNITS, (TICK_PX * svg.viewBox.baseVal.width) / svg.getBoundingClientRect().width);
  svg.style.setProperty('--presenter-tick', `${Math.max(13, Math.ceil(size * 10) / 10)}px`);
  return size;
}

/**
 * Shrinks the presenter's tick size until no axis label sticks out of the figure's left or right
 * edge (a figure squeezed to fit the screen keeps margins made for reading-size labels), and until
 * the y tick labels clear the y axis title, once that has moved as far left as the figure allows
 * (projectorAxes.ts); the x axis title moves below its tick labels.
 */
function keepTicksInside(svg: SVGSVGElement, size: number): void {
  let over = 0;
  // A viewBox grown for a title shows the figure a little smaller: its ticks are fitted again.
  for (let round = 0; round < 3; round++) {
    size = shrinkToEdges(svg, round === 0 ? size : projectTicks(svg));
    over = clearYTitle(svg);
    const wider = over > 0 && widenLeft(svg, over);
    if (!clearXTitle(svg) && !wider) break;
  }
  if (over > 0) {
    const widest = Math.max(...yLabels(svg).map((r) => r.width));
    setTick(svg, size * Math.max(0.3, (widest - over) / widest), 9);
  }
}

/** Shrinks the tick size until no axis label sticks out of the figure's left or right edge; the size set. */
function shrinkToEdges(svg: SVGSVGElement, size: number): number {
  const box = svg.getBoundingClientRect();
  let scale = 1;
  for (const text of svg.querySelectorAll<SVGTextElement>('.axis text')) {
    const r = text.getBoundingClientRect();
    if (r.width === 0) continue;
    const out = Math.max(box.left - r.left, r.right - box.right);
    if (out > 0) scale = Math.min(scale, (r.width - out) / r.width);
  }
  if (scale < 1) setTick(svg, size * scale, 9);
  return size * scale;
}

/** Sets the presenter tick size in SVG units, rounded down to a tenth, at least `floor`. */
const setTick = (svg: SVGSVGElement, units: number, floor: number) =>
  svg.style.setProperty('--presenter-tick', `${Math.max(floor, Math.floor(units * 10) / 10)}px`);

/** The parts of a widget the class must see together: caption, figure, equation, badge. */
function span(widget: HTMLElement): { top: number; bottom: number } {
  const first = widget.querySelector('figcaption') ?? widget;
  const last = widget.querySelector('[data-part="badge"]') ?? widget;
  return { top: first.getBoundingClientRect().top, bottom: last.getBoundingClientRect().bottom };
}

/** True when the widget's caption through its badge is on the screen. */
export function inView(widget: HTMLElement): boolean {
  const { top, bottom } = span(widget);
  return top >= 0 && bottom <= innerHeight;
}

/**
 * Sizes the widget's figures (`--presenter-figure`, a max-height) so that its caption through its
 * badge fills the screen: taller on a short projector whose text leaves little room (1280 × 720),
 * never below 120 px; `on` false, or a phone's width, undoes it. A figure whose width limits it keeps
 * its own height.
 */
export function fitHeight(widget: HTMLElement, on = true): void {
  const svg = widget.querySelector<SVGSVGElement>('.stage svg.figure');
  // On a phone the slide scrolls as a page does: its figures keep a readable size.
  if (!on || !svg || !matchMedia(PROJECTOR_MEDIA).matches) {
    widget.style.removeProperty('--presenter-figure');
    return;
  }
  const { top, bottom } = span(widget);
  const over = bottom - top - (innerHeight - 16);
  const height = svg.getBoundingClientRect().height;
  if (height > 0 && Math.abs(over) >= 1) {
    widget.style.setProperty('--presenter-figure', `${Math.floor(Math.max(120, height - over))}px`);
  }
}

/** Scrolls so the widget's caption is at the top of the screen (its figure, equation and badge below). */
export function reveal(widget: HTMLElement): void {
  const { top } = span(widget);
  scrollBy({ top: top - 8, behavior: 'instant' });
}

/**
 * Fits the widget to the screen and scrolls it into view, then checks again once the figures have
 * redrawn at their new size (their legends and labels keep their screen size, so a smaller figure
 * can grow taller in SVG units): a few passes settle it.
 */
export function fitAndReveal(widget: HTMLElement, passes = 4): void {
  fitHeight(widget);
  fitTicks(widget, true); // a figure that shrank needs larger ticks in its own units
  if (!inView(widget)) reveal(widget);
  if (passes > 1) {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (document.documentElement.classList.contains('presenting') && !inView(widget)) {
          fitAndReveal(widget, passes - 1);
        }
      }),
    );
  }
}

/**
 * Keeps a presented widget fitted while its content changes (a run that arrives after the slide
 * opened, a badge that gains a line): its figures are fitted again in the frame after it resizes.
 * Returns the function that stops it.
 */
export function keepFitted(widget: HTMLElement): () => void {
  let queued = false;
  const observer = new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fitHeight(widget);
      fitTicks(widget, true);
    });
  });
  observer.observe(widget);
  return () => observer.disconnect();
}
