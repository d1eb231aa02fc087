/**
 * A small chart of one number per record (the loss L_n, or T per update) against the record
 * index, with the current record marked; log scale when the values span more than a decade.
 */
import { svgEl } from './image';
import { valueAt } from './valueAt';

const W = 220;
const H = 120;
const PAD = { left: 6, right: 6, top: 10, bottom: 18 };

export interface LineChart {
  svg: SVGSVGElement;
  /** Draws `values` (and `second`, dashed, on the same scale) with record k marked. */
  update(values: readonly number[], k: number, label: string, second?: readonly number[]): void;
}

export function createLineChart(host: HTMLElement, axis: string): LineChart {
  const svg = svgEl('svg', {
    class: 'line-chart',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': 'Chart: waiting for the run.',
  });
  const path = svgEl('path', { class: 'line' });
  const path2 = svgEl('path', { class: 'line second' });
  const dot = svgEl('circle', { class: 'current', r: 3.5 });
  const caption = svgEl('text', { x: W / 2, y: H - 4, 'text-anchor': 'middle' });
  caption.textContent = axis;
  svg.append(path2, path, dot, caption);
  host.append(svg);
  return {
    svg,
    update(values, k, label, second = []) {
      const finite = [...values, ...second].filter((v) => Number.isFinite(v) && v > 0);
      const lo = Math.min(...finite);
      const hi = Math.max(...finite);
      const log = hi / lo > 10;
      const f = (v: number): number => (log ? Math.log10(v) : v);
      const [a, b] = [f(lo), f(hi) === f(lo) ? f(lo) + 1 : f(hi)];
      const x = (i: number): number => PAD.left + (i / Math.max(1, values.length - 1)) * (W - PAD.left - PAD.right);
      const y = (v: number): number => PAD.top + ((b - f(v)) / (b - a)) * (H - PAD.top - PAD.bottom);
      const line = (vs: readonly number[]): string =>
        vs.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
      path.setAttribute('d', line(values));
      path2.setAttribute('d', line(second));
      dot.setAttribute('cx', x(k).toFixed(1));
      dot.setAttribute('cy', y(valueAt(values, k)).toFixed(1));
      svg.setAttribute('aria-label', label);
    },
  };
}
