/** The size of an Open Graph preview image, in pixels (the 1.91:1 card most consumers crop to). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The course's own card (home and 404); lessons use their slug, so no lesson may be called this. */
export const HOME_CARD = 'course';

/** The site path of a card's PNG, e.g. `og/course.png` (pass it through `withBase`). */
export function ogImagePath(card: string): string {
  return `og/${card}.png`;
}

/** What one preview card shows: the page's title, a line under it, and a kicker above it. */
export interface OgCard {
  kicker: string;
  title: string;
  subtitle: string;
}

/** Escapes text for an SVG text node. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Greedy word wrap to at most `maxLines` lines of `width` characters; the last line gets an
 * ellipsis when the text does not fit. Character counts stand in for glyph widths, which is
 * close enough for a sans-serif title on a fixed card.
 */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1] as string;
      lines[maxLines - 1] = i < words.length ? `${last.replace(/[\s,.;:]+$/, '')}…` : last;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The card as an SVG document (rasterised to PNG by src/pages/og/[slug].png.ts). */
export function ogSvg({ kicker, title, subtitle }: OgCard): string {
  const { width, height } = OG_SIZE;
  const titleLines = wrap(title, 21, 3);
  const subtitleLines = wrap(subtitle, 46, 3);
  const titleTop = 250;
  const titleStep = 80;
  const subtitleTop = titleTop + titleLines.length * titleStep + 10;
  const text = (lines: string[], y0: number, step: number) =>
    lines.map((l, i) => `<tspan x="80" y="${y0 + i * step}">${escapeXml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#15171a"/>
  <rect x="0" y="0" width="16" height="${height}" fill="#0b5cad"/>
  <path d="M860 560 Q1010 40 1160 560" fill="none" stroke="#8cc4ff" stroke-width="10" opacity="0.55"/>
  <circle cx="1085" cy="300" r="22" fill="#ff7b72"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
    <text x="80" y="130" font-size="34" font-weight="bold" fill="#8cc4ff">${escapeXml(kicker)}</text>
    <text font-size="68" font-weight="bold" fill="#e8eaed">${text(titleLines, titleTop, titleStep)}</text>
    <text font-size="30" fill="#b4bac3">${text(subtitleLines, subtitleTop, 42)}</text>
  </g>
</svg>`;
}
