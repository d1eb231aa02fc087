/** Inline SVG icons for the step buttons (system fonts lack the media-control glyphs). */
const PATHS: Record<string, string> = {
  reset: 'M5 4h2v16H5zM19 4v16L8 12z',
  back: 'M17 4v16L6 12z',
  play: 'M7 4v16l12-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M7 4v16l11-8z M18 4h2v16h-2z',
  end: 'M5 4v16l11-8zM17 4h2v16h-2z',
};

/** The icon called `name` as an SVG element, hidden from screen readers (the button has a label). */
export function icon(name: keyof typeof PATHS | string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', PATHS[name] ?? '');
  svg.append(path);
  return svg;
}
