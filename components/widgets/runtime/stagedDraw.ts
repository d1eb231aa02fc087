/**
 * The first draw of a widget with several panels, one panel per task. A panel's first draw
 * builds its marks, and the page then lays it out and paints it: tens of milliseconds each on a
 * slow phone, so all panels in one task would be one long task at load. Each panel's build-time
 * figure (`.static-figure` in its host) stays until that panel has drawn; the runtime leaves
 * those in a host marked `data-staged` to this module, and calls the widget ready once no host is
 * `data-staged="pending"` (widget.ts).
 */

export interface Panel<A> {
  /** The element holding the panel's build-time figure and its live one. */
  host: HTMLElement;
  draw(args: A): void;
}

/** A task boundary: the page lays out, paints and answers the reader in between. */
const nextTask = (task: () => void) => setTimeout(task, 0);

/**
 * A draw function over `panels`: its first call draws the first panel at once and each other
 * one in a task of its own, with the newest arguments when its turn comes; once every panel has
 * drawn, each call draws them all.
 */
export function stagedDraw<A>(panels: readonly Panel<A>[]): (args: A) => void {
  for (const p of panels) p.host.dataset.staged = 'pending';
  let drawn = 0; // panels drawn at least once, in order
  let latest: A | null = null;
  const drawNext = () => {
    const panel = panels[drawn];
    if (!panel || latest === null) return;
    panel.host.querySelector(':scope > .static-figure')?.remove();
    panel.draw(latest);
    panel.host.dataset.staged = 'drawn';
    drawn += 1;
    if (drawn < panels.length) nextTask(drawNext);
  };
  return (args: A) => {
    const first = latest === null;
    latest = args;
    for (const p of panels.slice(0, drawn)) p.draw(args);
    if (first) drawNext();
  };
}
