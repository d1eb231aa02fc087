import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missLabelAt, position } from '../../../src/chrome/numberLine';

/** A generous width for "miss 0.123" at the figure's label size, in SVG units. */
const LABEL = 80;

describe("the number line's miss label", () => {
  it('sits over the middle of a long miss', () => {
    expect(missLabelAt(100, 300, 48)).toEqual({ x: 200, y: 40, 'text-anchor': 'middle' });
  });
  it('clears the guess ring and the answer dot of a short miss, and stays inside the figure', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        (g, d) => {
          const gx = position(g, 0, 1);
          const ax = position(g + d, 0, 1);
          if (Math.abs(gx - ax) >= 96) return;
          const at = missLabelAt(gx, ax, 48);
          const [from, to] = at['text-anchor'] === 'start' ? [at.x, at.x + LABEL] : [at.x - LABEL, at.x];
          expect(from).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThanOrEqual(400);
          // The ring (r 9) and the dot (r 6) are outside the label's extent.
          for (const x of [gx, ax]) expect(x + 9 <= from || x - 9 >= to).toBe(true);
        },
      ),
    );
  });
});
