import { formatSig } from '../../../src/words/format';
import { standaloneSvg } from '../runtime/exportRun';

export { download, toCsv } from '../runtime/exportRun';
import { defaults, type ParamTable, type ParamValues } from '../runtime/params';

/** What an export needs to know about the widget's state besides its DOM. */
export interface ExportState {
  table: ParamTable;
  values: ParamValues;
  /** The step shown, and the number of records. */
  k: number;
  count: number;
  unit: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 16;

/** A value as the caption writes it (numbers in the site's format, choices by their label). */
function shown(table: ParamTable, name: string, v: ParamValues[string]): string {
  const spec = table.find((s) => s.name === name);
  if (spec?.kind === 'choice') return spec.choices.find((c) => c.value === v)?.label ?? String(v);
  if (typeof v === 'number') return formatSig(v, 4);
  return v ? 'on' : 'off';
}

/** The caption line: every parameter with its value, and the step shown. */
export function captionLine(s: ExportState): string {
  const params = s.table
    .filter((spec) => spec.name !== 'ghost')
    .map((spec) => `${spec.label} = ${shown(s.table, spec.name, s.values[spec.name] ?? spec.default)}`);
  return `${params.join(', ')}; ${s.unit} ${s.k} of ${s.count - 1}.`;
}

/**
 * The file name of an export: the widget, the parameters that differ from its defaults (or
 * "defaults"), and the step actually shown, e.g. `unrolled-inversion-alpha1-step-13.png`.
 */
export function exportName(kind: string, s: ExportState): string {
  const base = defaults(s.table);
  const changed = s.table
    .filter((spec) => spec.name !== 'ghost' && s.values[spec.name] !== base[spec.name])
    .map((spec) => `${spec.name}${String(s.values[spec.name])}`.replace(/[^A-Za-z0-9.+-]/g, ''));
  return `unrolled-${kind}-${changed.length ? changed.join('-') : 'defaults'}-${s.unit}-${s.k}`;
}

function text(doc: Document, x: number, y: number, content: string, size: number, weight = 'normal'): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('style', `font: ${weight} ${size}px system-ui, sans-serif; fill: ${getComputedStyle(doc.body).color}`);
  t.textContent = content;
  return t;
}

/** Splits a sentence into lines of at most `max` characters, at spaces. */
function wrap(sentence: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of sentence.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The whole figure as one standalone SVG: the widget's title, every panel side by side (each with
 * its heading and legend), the live equation with the step's numbers, the badge, and a caption
 * line with the parameters.
 */
export function wholeFigureSvg(root: HTMLElement, s: ExportState): string {
  const doc = root.ownerDocument;
  const panels = [...root.querySelectorAll<SVGSVGElement>('.panels svg.figure')];
  const out = doc.createElementNS(SVG_NS, 'svg');
  const size = (svg: SVGSVGElement) => (svg.getAttribute('viewBox') ?? '0 0 640 340').split(/\s+/).map(Number);
  const width = Math.max(
    640,
    panels.reduce((w, p) => w + (size(p)[2] ?? 0) + GAP, GAP),
  );
  const chars = Math.floor(width / 8.5);
  let y = 28;
  out.append(text(doc, GAP, y, root.querySelector('figcaption')?.textContent ?? 'Unrolled', 18, '600'));
  y += 12;
  let x = GAP;
  let tallest = 0;
  for (const panel of panels) {
    const [, , w = 640, h = 340] = size(panel);
    const copy = new DOMParser().parseFromString(standaloneSvg(panel), 'image/svg+xml').documentElement;
    copy.setAttribute('x', String(x));
    copy.setAttribute('y', String(y));
    out.append(doc.importNode(copy, true));
    x += w + GAP;
    tallest = Math.max(tallest, h);
  }
  y += tallest + 24;
  const lines = [
    ...wrap(root.querySelector('[data-part="equation-text"]')?.textContent ?? '', chars),
    ...wrap(root.querySelector('[data-part="badge"]')?.textContent ?? '', chars),
  ];
  for (const line of lines) {
    out.append(text(doc, GAP, y, line, 14));
    y += 20;
  }
  for (const line of wrap(captionLine(s), Math.floor(chars * 1.1))) {
    out.append(text(doc, GAP, y + 4, line, 12));
    y += 17;
  }
  const height = Math.ceil(y + GAP);
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(doc.body).backgroundColor || '#fff');
  out.prepend(bg);
  return new XMLSerializer().serializeToString(out);
}

/** A standalone SVG text as a PNG at `scale` times its size. */
export async function pngOfSvgText(svgText: string, scale = 2): Promise<Blob> {
  const [, w = '640', h = '340'] = /width="([\d.]+)" height="([\d.]+)"/.exec(svgText) ?? [];
  const img = new Image();
  // A data: URL, not a blob: one: the site's Content-Security-Policy allows images from data: only.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Number(w) * scale;
  canvas.height = Number(h) * scale;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
  );
}
