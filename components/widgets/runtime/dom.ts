/** A tiny element builder, so widget modules read as structure rather than DOM calls. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** The element matching `selector` inside `root`; throws if the shell forgot it. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`widget markup is missing ${selector}`);
  return found;
}

/** Whether the reader asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Mounts every widget of one kind on the page, each in a task of its own and after the page's
 * first frame (its first style, layout and paint are a task of their own), so that a page with
 * several widgets never blocks the main thread in one long task. A page in a background tab,
 * which draws no frames, mounts its widgets after {@link FIRST_FRAME_WAIT_MS}.
 */
export function mountEach(kind: string, mount: (root: HTMLElement) => unknown): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-widget="${kind}"]:not([data-scheduled])`)) {
    root.dataset.scheduled = 'true';
    // The build-time figures of the opening state stay until the first run is drawn (widget.ts).
    afterFirstFrame(() => void mount(root));
  }
}

export const FIRST_FRAME_WAIT_MS = 250;

/** Runs `task` in a task of its own once the page has drawn a frame (or after a wait without frames). */
function afterFirstFrame(task: () => void): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    setTimeout(task, 0);
  };
  requestAnimationFrame(go);
  setTimeout(go, FIRST_FRAME_WAIT_MS);
}
