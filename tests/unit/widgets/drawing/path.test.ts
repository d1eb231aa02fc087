import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { polyline, polylineWithEnds } from '../../../../components/widgets/drawing/path';

describe('a path traced once with the end of each point', () => {
  test('its prefix up to point k is the path through the first k + 1 points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e4, max: 1e4 }), fc.double({ min: -1e4, max: 1e4 })), { maxLength: 40 }),
        (points) => {
          const { d, ends } = polylineWithEnds(
            points,
            (p) => p[0],
            (p) => p[1],
          );
          expect(ends).toHaveLength(points.length);
          expect(d).toBe(
            polyline(
              points,
              (p) => p[0],
              (p) => p[1],
            ) ?? '',
          );
          points.forEach((_, k) =>
            expect(d.slice(0, ends[k])).toBe(
              polyline(
                points.slice(0, k + 1),
                (p) => p[0],
                (p) => p[1],
              ),
            ),
          );
        },
      ),
    );
  });
});
