/** Inline SVG icons for the step buttons (system fonts lack the media-control glyphs). */
import { ICON_PATHS as PATHS } from './iconPaths';

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
