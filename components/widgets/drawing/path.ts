/**
 * An SVG path through points in order ("M x,y L x,y …"), or null when there are none. It is all
 * the figures need from a line generator, so d3-shape (which this bundle could not tree-shake:
 * ≈ 14 KB minified with d3-path) is not shipped.
 */
export function polyline<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number): string | null {
  if (points.length === 0) return null;
  return points.map((p, i) => `${i ? 'L' : 'M'}${x(p).toFixed(2)},${y(p).toFixed(2)}`).join('');
}
