/**
 * Bringing a widget onto the screen for the reader (issue 13): after a "try this" click and when
 * the page was opened from a link to a widget's state. The figure and the step controls below it
 * are what the reader needs to see, not the readout further down.
 */

const smooth = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/**
 * Scrolls so the widget's figure and its step controls are on the screen together (the figure's
 * top at the top when both cannot fit), and optionally focuses the widget (its keys then work).
 */
export function showWidget(widget: HTMLElement, opts: { focus?: boolean; instant?: boolean } = {}): void {
  const first = widget.querySelector('.panels') ?? widget;
  const last = widget.querySelector('[data-part="transport"]') ?? first;
  const top = first.getBoundingClientRect().top;
  const bottom = last.getBoundingClientRect().bottom;
  const margin = 8;
  const fits = bottom - top + 2 * margin <= innerHeight;
  const inView = top >= 0 && bottom <= innerHeight;
  if (!inView) {
    // When both fit, the controls sit at the foot of the screen with the figure above them.
    const by = fits && top > 0 ? bottom - innerHeight + margin : top - margin;
    scrollBy({ top: by, behavior: opts.instant ? 'instant' : smooth() });
  }
  if (opts.focus) widget.focus({ preventScroll: true });
}

/** True when the page's query string sets state for the widget `id` (`<id>.<param>=…`). */
export function linkedTo(id: string, search: string = location.search): boolean {
  return [...new URLSearchParams(search).keys()].some((key) => key.startsWith(`${id}.`));
}

/**
 * A page opened from a link to a widget's state shows that widget: the first widget the link
 * sets is brought onto the screen and focused once it has mounted (unless the link names a
 * #fragment, which the browser shows instead).
 */
export function showIfLinked(widget: HTMLElement): void {
  const page = document.documentElement;
  if (location.hash || page.dataset.linkedShown || !linkedTo(widget.id)) return;
  page.dataset.linkedShown = widget.id;
  showWidget(widget, { focus: true, instant: true });
}
