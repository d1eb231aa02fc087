import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { polyline, polylineWithEnds, THIN } from '../../../../components/widgets/drawing/path';

const coord = fc.double({ min: -1e4, max: 1e4, noNaN: true });
/** Points that wander by small steps, as a converging run does, with some jumps. */
const walk = fc.array(
  fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })),
  {
    maxLength: 60,
  },
);
const X = (p: readonly [number, number]) => p[0];
const Y = (p: readonly [number, number]) => p[1];
/** The vertices of a path "Mx,yLx,y…". */
const vertices = (d: string | null) =>
  (d ?? '')
    .split(/[ML]/)
    .filter(Boolean)
    .map((v) => v.split(',').map(Number) as [number, number]);
const cumulative = (steps: [number, number][]) => {
  let x = 0;
  let y = 0;
  return steps.map(([dx, dy]) => [(x += dx), (y += dy)] as [number, number]);
};

describe('a polyline', () => {
  test('with no thinning, is every point in order, to two decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 40 }), (points) => {
        expect(polyline(points, X, Y, 0)).toBe(
          points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(2)},${y.toFixed(2)}`).join(''),
        );
      }),
    );
  });
  test('thinned, keeps its first and last points, and every point left out is within THIN of a vertex drawn before it', () => {
    fc.assert(
      fc.property(walk, (steps) => {
        const points = cumulative(steps);
        const v = vertices(polyline(points, X, Y));
        if (points.length === 0) {
          expect(v).toEqual([]);
          return;
        }
        expect(v[0]).toEqual(points[0]!.map((c) => Number(c.toFixed(2))));
        expect(v.at(-1)).toEqual(points.at(-1)!.map((c) => Number(c.toFixed(2))));
        let j = 0; // the vertex drawn last so far
        points.forEach(([x, y], i) => {
          const here = v[j + 1];
          if (here && here[0] === Number(x.toFixed(2)) && here[1] === Number(y.toFixed(2))) j++;
          else if (i > 0) {
            expect(Math.abs(x - v[j]![0])).toBeLessThanOrEqual(THIN + 0.005);
            expect(Math.abs(y - v[j]![1])).toBeLessThanOrEqual(THIN + 0.005);
          }
        });
      }),
    );
  });
  test('of a converging run (2,501 points settling) draws far fewer points', () => {
    const points = Array.from({ length: 2501 }, (_, k) => [k * 0.15, 300 * Math.exp(-k / 50)] as [number, number]);
    const n = vertices(polyline(points, X, Y)).length;
    expect(n).toBeLessThan(1300);
    expect(n).toBeGreaterThan(100);
  });
});

describe('a path traced once with the end of each point', () => {
  test('is the polyline without its forced last point, and its prefix up to k ends at point k or within THIN of it', () => {
    fc.assert(
      fc.property(walk, (steps) => {
        const points = cumulative(steps);
        const { d, ends } = polylineWithEnds(points, X, Y);
        expect(ends).toHaveLength(points.length);
        expect(d).toBe(ends.at(-1) === undefined ? '' : d.slice(0, ends.at(-1)));
        points.forEach(([x, y], k) => {
          const prefix = d.slice(0, ends[k]);
          expect(d.startsWith(prefix)).toBe(true);
          const last = vertices(prefix).at(-1)!;
          expect(Math.abs(x - last[0])).toBeLessThanOrEqual(THIN + 0.005);
          expect(Math.abs(y - last[1])).toBeLessThanOrEqual(THIN + 0.005);
          if (k > 0) expect(ends[k]).toBeGreaterThanOrEqual(ends[k - 1]!);
        });
      }),
    );
  });
  test('with no thinning, its prefix up to point k is the path through the first k + 1 points', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { maxLength: 40 }), (points) => {
        const { d, ends } = polylineWithEnds(points, X, Y, 0);
        expect(d).toBe(polyline(points, X, Y, 0) ?? '');
        points.forEach((_, k) => expect(d.slice(0, ends[k])).toBe(polyline(points.slice(0, k + 1), X, Y, 0)));
      }),
    );
  });
});
