/**
 * Exports of a widget's current run: every recorded step as CSV or JSON (full precision, the
 * solver's own numbers), and the current figure as SVG or PNG (styles inlined, so the file
 * looks like the page without its stylesheet); exportFigure.ts puts the panels together.
 */

/** A plain row of a run, as exported. */
export type Row = Record<string, number | string | boolean | null>;

/** Rows as CSV: a header of the keys of the first row, then one line per row. */
export function toCsv(rows: Row[]): string {
  if (rows.length === 0) return '';
  const keys = Object.keys(rows[0] as Row);
  const cell = (v: Row[string]) => {
    const t = v === null ? '' : String(v);
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return [keys.join(','), ...rows.map((r) => keys.map((k) => cell(r[k] ?? null)).join(','))].join('\n') + '\n';
}

/** Offers `data` as a download called `name`. */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'visibility',
];

/** A standalone copy of an SVG figure: computed styles inlined, a background, the XML namespace. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [copy, ...copy.querySelectorAll('*')];
  source.forEach((node, i) => {
    const style = getComputedStyle(node);
    const out = target[i] as Element;
    const css = STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    out.setAttribute('style', css);
  });
  const [, , w = '640', h = '340'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', w);
  copy.setAttribute('height', h);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#fff');
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}
