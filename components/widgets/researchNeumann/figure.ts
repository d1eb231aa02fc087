/**
 * A figure frame with its own legend, for the research widgets (issue 18): the marks these
 * figures draw (methods, reference lines, the tape's cells) are not the course's shared marks, so
 * they are named here, drawn with the same swatch shapes above the plot, inside the SVG.
 */
import { createFrame, type Frame } from '../drawing/frame';
import { textWidth } from '../drawing/legend';

/** A mark of a research figure: its legend word, CSS class (research.css) and swatch shape. */
export interface ResearchMark {
  label: string;
  className: string;
  swatch: 'line' | 'dashed' | 'dot' | 'ring' | 'band' | 'square';
}

/** Each mark with its place in the rows the legend flows into at `width` units with text of `size` units. */
function layout(
  marks: readonly ResearchMark[],
  width: number,
  size: number,
): { mark: ResearchMark; x: number; y: number }[] {
  const row = size * 1.5;
  let x = 0;
  let y = 0;
  return marks.map((m) => {
    const w = size * 2 + textWidth(m.label.length, size) + size;
    if (x > 0 && x + w > width) {
      x = 0;
      y += row;
    }
    const at = { mark: m, x, y };
    x += w;
    return at;
  });
}

function swatchPath(kind: ResearchMark['swatch'], w: number, size: number): string {
  const c = (size * 1.5) / 2;
  const r = size * 0.34;
  const m = w / 2;
  const circle = (q: number) => `M${m - q},${c}a${q},${q} 0 1 0 ${2 * q},0a${q},${q} 0 1 0 ${-2 * q},0`;
  if (kind === 'dot') return circle(r);
  if (kind === 'ring') return circle(r * 1.2);
  if (kind === 'band') return `M0,${c - size * 0.45}h${w}v${size * 0.9}h${-w}z`;
  if (kind === 'square') return `M${m - r},${c - r}h${2 * r}v${2 * r}h${-2 * r}z`;
  return `M0,${c}H${w}`;
}

/** A frame (drawing/frame.ts) with a legend of `marks` above the plot. */
export function researchFrame(
  host: HTMLElement,
  opts: {
    width: number;
    height: number;
    title: string;
    heading?: string;
    marks: readonly ResearchMark[];
    left?: number;
  },
): Frame {
  // The same units per CSS pixel as createFrame, so the legend's text is 14 CSS px too.
  const u = opts.width / Math.min(host.clientWidth || opts.width, opts.width * 1.6);
  const grow = Math.max(1, u);
  const size = 14 * u;
  const places = layout(opts.marks, opts.width - 16, size);
  const rows = opts.marks.length ? (places.at(-1)?.y ?? 0) + size * 1.5 : 0;
  const headingSpace = opts.heading ? size * 1.5 : 0;
  const frame = createFrame(host, {
    width: opts.width,
    height: opts.height,
    title: opts.title,
    heading: opts.heading,
    margin: { top: 12 + rows / grow, left: opts.left ?? 56 },
  });
  const g = frame.svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(8,${4 * grow + headingSpace})`);
  places.forEach(({ mark: m, x, y }) => {
    const item = g.append('g').attr('class', 'legend-item').attr('transform', `translate(${x},${y})`);
    item
      .append('path')
      .attr('class', `swatch ${m.className}`)
      .attr('d', swatchPath(m.swatch, size * 1.6, size));
    item
      .append('text')
      .attr('class', 'legend-label')
      .attr('x', size * 2)
      .attr('y', (size * 1.5) / 2)
      .attr('dy', '0.35em')
      .text(m.label);
  });
  return frame;
}
