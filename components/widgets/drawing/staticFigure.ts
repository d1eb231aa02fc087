/**
 * A widget's opening state as a static SVG string, rendered at build time for readers without
 * JavaScript (and shown until the script draws): axes with a few ticks, lines and points, in
 * the same classes (figure.css) as the live renderers. Pure: no DOM.
 */
import { formatSig } from '../../../src/words/format';

export interface StaticSeries {
  points: readonly (readonly [number, number])[];
  /** A class of figure.css: 'curve', 'iterate-path', 'loss-line', 'truth-line', 'model-line'. */
  cls: string;
}
export interface StaticDot {
  x: number;
  y: number;
  /** 'current' (ringed) or a plain point. */
  cls: 'current' | 'point';
}
export interface StaticFigure {
  width: number;
  height: number;
  /** Text alternative of the whole figure. */
  label: string;
  x: { label: string; domain: [number, number] };
  y: { label: string; domain: [number, number]; log?: boolean };
  lines: StaticSeries[];
  dots: StaticDot[];
}

const M = { top: 12, right: 14, bottom: 42, left: 64 };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Five round tick values across a domain. */
function ticks([lo, hi]: [number, number]): number[] {
  const step0 = (hi - lo) / 4 || 1;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? step0;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function staticFigureSvg(f: StaticFigure): string {
  const [x0, x1] = f.x.domain;
  const tf = (v: number) => (f.y.log ? Math.log10(Math.max(v, 1e-12)) : v);
  const [y0, y1] = [tf(f.y.domain[0]), tf(f.y.domain[1])];
  const sx = (v: number) => M.left + ((v - x0) / (x1 - x0 || 1)) * (f.width - M.left - M.right);
  const sy = (v: number) => f.height - M.bottom - ((tf(v) - y0) / (y1 - y0 || 1)) * (f.height - M.top - M.bottom);
  const inside = (y: number) => Number.isFinite(y) && y >= f.y.domain[0] && y <= f.y.domain[1];
  const path = (pts: StaticSeries['points']) =>
    pts
      .filter(([, y]) => inside(y))
      .map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`)
      .join('');
  const yTicks = f.y.log
    ? ticks([y0, y1])
        .filter(Number.isInteger)
        .map((e) => 10 ** e)
    : ticks(f.y.domain);
  const base = f.height - M.bottom;
  const axisX =
    `<g class="axis"><path d="M${M.left},${base}H${f.width - M.right}"></path>` +
    ticks(f.x.domain)
      .map((t) => `<text x="${sx(t).toFixed(1)}" y="${base + 16}" text-anchor="middle">${esc(formatSig(t, 3))}</text>`)
      .join('') +
    `</g><text class="axis-label" x="${(f.width + M.left) / 2}" y="${f.height - 6}" text-anchor="middle">${esc(f.x.label)}</text>`;
  const axisY =
    `<g class="axis"><path d="M${M.left},${M.top}V${base}"></path>` +
    yTicks
      .map(
        (t) => `<text x="${M.left - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end">${esc(formatSig(t, 3))}</text>`,
      )
      .join('') +
    `</g><text class="axis-label" transform="translate(13,${(M.top + base) / 2}) rotate(-90)" text-anchor="middle">${esc(f.y.label)}</text>`;
  const lines = f.lines.map((l) => `<path class="${l.cls}" d="${path(l.points)}"></path>`).join('');
  const dots = f.dots
    .filter((d) => inside(d.y))
    .map((d) =>
      d.cls === 'current'
        ? `<circle class="current" cx="${sx(d.x).toFixed(1)}" cy="${sy(d.y).toFixed(1)}" r="7"></circle>`
        : `<g class="iterates"><circle cx="${sx(d.x).toFixed(1)}" cy="${sy(d.y).toFixed(1)}" r="3"></circle></g>`,
    )
    .join('');
  return (
    `<svg class="figure" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label="${esc(f.label)}">` +
    `${axisX}${axisY}${lines}${dots}</svg>`
  );
}
