/**
 * On a narrow screen, keeps the widget's step bar stuck to the foot of the screen while its
 * figure panels are on screen (class `panels-in-view`, styled in widget.css), so the buttons that
 * move the figures are never a screen and a half below them.
 */
export function keepStepBarInView(widget: HTMLElement): void {
  const panels = widget.querySelector('.panels');
  if (!panels || typeof IntersectionObserver !== 'function') return;
  new IntersectionObserver(([entry]) => widget.classList.toggle('panels-in-view', !!entry?.isIntersecting)).observe(
    panels,
  );
}
