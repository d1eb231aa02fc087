/**
 * An SVG path through points in order ("M x,y L x,y …"), or null when there are none. It is all
 * the figures need from a line generator, so d3-shape (which this bundle could not tree-shake:
 * ≈ 14 KB minified with d3-path) is not shipped.
 */
export function polyline<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number): string | null {
  if (points.length === 0) return null;
  return points.map((p, i) => `${i ? 'L' : 'M'}${x(p).toFixed(2)},${y(p).toFixed(2)}`).join('');
}

/**
 * The same path, with where each point's part of it ends: the path through the first k + 1
 * points is `d.slice(0, ends[k])`. A line that grows point by point (θ's path as the reader
 * steps) is then traced once per run, not once per step.
 */
export function polylineWithEnds<T>(
  points: readonly T[],
  x: (p: T) => number,
  y: (p: T) => number,
): { d: string; ends: number[] } {
  const parts = points.map((p, i) => `${i ? 'L' : 'M'}${x(p).toFixed(2)},${y(p).toFixed(2)}`);
  const ends: number[] = [];
  let length = 0;
  for (const part of parts) ends.push((length += part.length));
  return { d: parts.join(''), ends };
}
