/**
 * An SVG path through points in order ("M x,y L x,y …"), or null when there are none. It is all
 * the figures need from a line generator, so d3-shape (which this bundle could not tree-shake:
 * ≈ 14 KB minified with d3-path) is not shipped.
 *
 * A point within {@link THIN} SVG units of the last point drawn (in x and in y) is left out, but
 * never the last one: a converging run's 2,501 updates are mostly such points, and each costs the
 * page a string to build, parse and paint (a third of a re-run's longest task at 4× CPU
 * throttling). The figures are 420 units wide, so the line moves by under half a pixel.
 */
export const THIN = 0.35;

/** The indices of the points drawn: the first, each one further than `tol` from the last drawn, the last. */
function kept(xs: readonly number[], ys: readonly number[], tol: number, keepLast: boolean): boolean[] {
  const out = new Array<boolean>(xs.length).fill(false);
  let lx = NaN;
  let ly = NaN;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? NaN;
    const y = ys[i] ?? NaN;
    // Written so that a NaN difference keeps the point (as it was before thinning).
    const near = Math.abs(x - lx) <= tol && Math.abs(y - ly) <= tol;
    if (i > 0 && near && !(keepLast && i === xs.length - 1)) continue;
    out[i] = true;
    lx = x;
    ly = y;
  }
  return out;
}

const part = (i: number, x: number, y: number) => `${i ? 'L' : 'M'}${x.toFixed(2)},${y.toFixed(2)}`;

export function polyline<T>(
  points: readonly T[],
  x: (p: T) => number,
  y: (p: T) => number,
  tol: number = THIN,
): string | null {
  if (points.length === 0) return null;
  const xs = points.map(x);
  const ys = points.map(y);
  const keep = kept(xs, ys, tol, true);
  let d = '';
  for (let i = 0; i < xs.length; i++) if (keep[i]) d += part(i, xs[i] ?? NaN, ys[i] ?? NaN);
  return d;
}

/**
 * The same path, with where each point's part of it ends: `d.slice(0, ends[k])` is the path up to
 * point k, or up to the last point drawn before it when point k is within {@link THIN} of that
 * one. A line that grows point by point (θ's path as the reader steps) is then traced once per
 * run, not once per step.
 */
export function polylineWithEnds<T>(
  points: readonly T[],
  x: (p: T) => number,
  y: (p: T) => number,
  tol: number = THIN,
): { d: string; ends: number[] } {
  const xs = points.map(x);
  const ys = points.map(y);
  const keep = kept(xs, ys, tol, false);
  const ends: number[] = [];
  let d = '';
  for (let i = 0; i < xs.length; i++) {
    if (keep[i]) d += part(i, xs[i] ?? NaN, ys[i] ?? NaN);
    ends.push(d.length);
  }
  return { d, ends };
}
