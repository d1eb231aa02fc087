import { easeCubicOut } from 'd3-ease';
import type { Selection } from 'd3-selection';
import { timer, type Timer } from 'd3-timer';

const DURATION = 160;
const running = new WeakMap<Element, Timer>();

/**
 * Moves a circle to (cx, cy): tweened over 160 ms with d3-timer when `animate`, at once
 * otherwise (reduced motion). A new move cancels the one under way.
 */
export function glide(
  circle: Selection<SVGCircleElement, unknown, null, undefined>,
  cx: number,
  cy: number,
  animate: boolean,
): void {
  const node = circle.node();
  if (!node) return;
  running.get(node)?.stop();
  const x0 = Number(node.getAttribute('cx'));
  const y0 = Number(node.getAttribute('cy'));
  if (!animate || !node.hasAttribute('cx') || (x0 === cx && y0 === cy)) {
    circle.attr('cx', cx).attr('cy', cy);
    return;
  }
  const t = timer((elapsed) => {
    const e = easeCubicOut(Math.min(1, elapsed / DURATION));
    circle.attr('cx', x0 + (cx - x0) * e).attr('cy', y0 + (cy - y0) * e);
    if (elapsed >= DURATION) {
      t.stop();
      running.delete(node);
    }
  });
  running.set(node, t);
}
