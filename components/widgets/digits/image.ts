import { valueAt } from './valueAt';

/**
 * An 8 × 8 image as SVG squares: ink (positive values) in the text colour, negative values in
 * the series-2 colour, each square's opacity its size against `scale`. The same markup serves
 * the live widget (update in place) and the build-time opening figure (a string).
 */
const SIDE = 8;
const NS = 'http://www.w3.org/2000/svg';

/** The fill class and opacity of a value against `scale` (> 0). */
function ink(v: number, scale: number): { cls: string; opacity: string } {
  const share = Math.min(1, Math.abs(v) / scale);
  return { cls: v < 0 ? 'neg' : 'pos', opacity: share.toFixed(3) };
}

/** The image as an SVG string, e.g. for the opening state. */
export function digitSvg(values: ArrayLike<number>, label: string, scale = 1): string {
  const cells: string[] = [];
  for (let i = 0; i < SIDE * SIDE; i++) {
    const { cls, opacity } = ink(valueAt(values, i), scale);
    cells.push(
      `<rect class="${cls}" x="${i % SIDE}" y="${Math.floor(i / SIDE)}" width="1" height="1" fill-opacity="${opacity}"/>`,
    );
  }
  return `<svg class="digit-image" viewBox="-0.1 -0.1 8.2 8.2" role="img" aria-label="${label}"><rect class="frame" x="-0.05" y="-0.05" width="8.1" height="8.1"/>${cells.join('')}</svg>`;
}

export interface DigitImage {
  svg: SVGSVGElement;
  /** Redraws the squares and the text alternative. */
  update(values: ArrayLike<number>, label: string, scale?: number): void;
}

/** A live image appended to `host`. */
export function createDigitImage(host: HTMLElement): DigitImage {
  const wrap = document.createElement('div');
  wrap.innerHTML = digitSvg(new Float64Array(SIDE * SIDE), 'Image: waiting for the run.');
  const svg = wrap.firstElementChild as SVGSVGElement;
  host.append(svg);
  const rects = [...svg.querySelectorAll<SVGRectElement>('rect:not(.frame)')];
  return {
    svg,
    update(values, label, scale = 1) {
      rects.forEach((rect, i) => {
        const { cls, opacity } = ink(valueAt(values, i), scale);
        if (rect.getAttribute('class') !== cls) rect.setAttribute('class', cls);
        rect.setAttribute('fill-opacity', opacity);
      });
      svg.setAttribute('aria-label', label);
    },
  };
}

/** Creates an element of the SVG namespace with attributes. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
