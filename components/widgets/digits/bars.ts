/**
 * The ten class weights y as vertical bars from a zero line, one per digit, on a scale fixed for
 * the whole run (so stepping shows the bars grow); the largest weight is marked.
 */
import { svgEl } from './image';
import { valueAt } from './valueAt';

const W = 220;
const H = 120;
const TOP = 8;
const BOTTOM = 18;

export interface WeightBars {
  svg: SVGSVGElement;
  update(y: ArrayLike<number>, range: [number, number], label: string): void;
}

export function createWeightBars(host: HTMLElement): WeightBars {
  const svg = svgEl('svg', {
    class: 'weight-bars',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': 'Weights: waiting for the run.',
  });
  const zero = svgEl('line', { class: 'zero', x1: 0, x2: W });
  const bars = Array.from({ length: 10 }, (_, k) => {
    const rect = svgEl('rect', { x: k * 22 + 3, width: 16 });
    const text = svgEl('text', { x: k * 22 + 11, y: H - 4, 'text-anchor': 'middle' });
    text.textContent = String(k);
    svg.append(rect, text);
    return rect;
  });
  svg.append(zero);
  host.append(svg);
  return {
    svg,
    update(y, [lo, hi], label) {
      const low = Math.min(0, lo);
      const high = Math.max(hi, low + 1e-9);
      const at = (v: number): number => TOP + ((high - v) / (high - low)) * (H - TOP - BOTTOM);
      let best = 0;
      for (let k = 1; k < 10; k++) if (valueAt(y, k) > valueAt(y, best)) best = k;
      bars.forEach((rect, k) => {
        const v = valueAt(y, k);
        rect.setAttribute('y', String(Math.min(at(v), at(0))));
        rect.setAttribute('height', String(Math.max(0.5, Math.abs(at(v) - at(0)))));
        rect.setAttribute('class', k === best ? 'best' : v < 0 ? 'neg' : 'pos');
      });
      zero.setAttribute('y1', String(at(0)));
      zero.setAttribute('y2', String(at(0)));
      svg.setAttribute('aria-label', label);
    },
  };
}
