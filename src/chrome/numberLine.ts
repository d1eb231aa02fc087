/**
 * The figure of a numeric prediction's miss: a number line over the slider's range with the
 * reader's guess (a hollow ring above the line), the solver's answer (a filled dot below it) and
 * the miss between them drawn and labelled. Built as SVG when the reader commits; its text
 * alternative is the comparison sentence, so it says the same to a screen reader.
 */
import { formatSig } from '../words/format.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 400;
const H = 96;
const PAD = 32;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where a value sits on the line (clamped to the range, so an answer outside still shows at an end). */
export function position(v: number, min: number, max: number): number {
  const t = max > min ? (v - min) / (max - min) : 0.5;
  return PAD + Math.max(0, Math.min(1, t)) * (W - 2 * PAD);
}

/** Below this length (SVG units) the miss's label does not fit between guess and answer. */
const LABEL_FITS = 96;

/**
 * Where the miss's label goes: above the middle of the miss, or, when the miss is too short for it,
 * beside the outer of the two marks (clear of the guess's ring), on the side with room.
 */
export function missLabelAt(gx: number, ax: number, y: number): { x: number; y: number; 'text-anchor': string } {
  if (Math.abs(gx - ax) >= LABEL_FITS) return { x: (gx + ax) / 2, y: y - 8, 'text-anchor': 'middle' };
  const right = Math.max(gx, ax);
  const left = Math.min(gx, ax);
  return right + 14 + LABEL_FITS <= W
    ? { x: right + 14, y: y - 8, 'text-anchor': 'start' }
    : { x: left - 14, y: y - 8, 'text-anchor': 'end' };
}

/** The number line with guess, answer and miss; `label` is its text alternative. */
export function numberLine(
  range: { min: number; max: number },
  guess: number,
  answer: number,
  label: string,
): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'prediction-line', 'aria-label': label });
  const y = H / 2;
  const [gx, ax] = [position(guess, range.min, range.max), position(answer, range.min, range.max)];
  svg.append(
    el('line', { x1: PAD, x2: W - PAD, y1: y, y2: y, class: 'pl-axis' }),
    el('text', { x: PAD, y: y + 30, 'text-anchor': 'middle', class: 'pl-tick' }, formatSig(range.min, 4)),
    el('text', { x: W - PAD, y: y + 30, 'text-anchor': 'middle', class: 'pl-tick' }, formatSig(range.max, 4)),
  );
  if (gx !== ax) {
    svg.append(el('line', { x1: gx, x2: ax, y1: y, y2: y, class: 'pl-miss' }));
    svg.append(
      el(
        'text',
        { ...missLabelAt(gx, ax, y), class: 'pl-miss-label' },
        `miss ${formatSig(Math.abs(guess - answer), 3)}`,
      ),
    );
  }
  const anchor = (x: number) => (x < W / 4 ? 'start' : x > (3 * W) / 4 ? 'end' : 'middle');
  svg.append(
    el('circle', { cx: gx, cy: y, r: 9, class: 'pl-guess' }),
    el('text', { x: gx, y: 16, 'text-anchor': anchor(gx), class: 'pl-label' }, `your guess ${formatSig(guess, 4)}`),
    el('circle', { cx: ax, cy: y, r: 6, class: 'pl-answer' }),
    el('text', { x: ax, y: H - 4, 'text-anchor': anchor(ax), class: 'pl-label' }, `solver ${formatSig(answer, 5)}`),
  );
  return svg;
}
