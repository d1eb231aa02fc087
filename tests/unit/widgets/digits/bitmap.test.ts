import { describe, expect, it } from 'vitest';
import { blank, fromImage, inkCount, reduce, SIZE, stamp } from '../../../../components/widgets/digitsDraw/bitmap';
import { computeDrawWith } from '../../../../components/widgets/digitsDraw/compute';
import { EMPTY_MESSAGE, digitsDrawBadge } from '../../../../components/widgets/digitsDraw/text';
import { loadDigits } from '../../solver/digits/fixture';

describe('the drawing reduced as the data set was made', () => {
  it('a 4 × 4 block counts its ink cells: a full block is 16/16, one cell 1/16', () => {
    const b = blank();
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) b[r * SIZE + c] = 1;
    b[5 * SIZE + 31] = 1;
    const x = reduce(b);
    expect(x[0]).toBe(1);
    expect(x[8 + 7]).toBe(1 / 16);
    expect(x.reduce((s, v) => s + v, 0) * 16).toBe(inkCount(b));
  });

  it('a test image loaded into the bitmap reduces back to itself', () => {
    const { test } = loadDigits();
    for (const i of [0, 17, 449]) {
      const x = test.x.slice(i * 64, i * 64 + 64);
      expect(Array.from(reduce(fromImage(x)))).toEqual(Array.from(x));
    }
  });

  it('the pen stays inside the bitmap at its edges', () => {
    const b = blank();
    stamp(b, 0, 0);
    stamp(b, 31, 31);
    expect(inkCount(b)).toBeGreaterThan(0);
    expect(b.length).toBe(SIZE * SIZE);
  });
});

describe('inverting the drawing', () => {
  const data = loadDigits();
  const values = { dict: 'means', alpha: 0.005, N: 20 };

  it('an empty drawing is not classified and says so', () => {
    const run = computeDrawWith(data, values, blank());
    expect(run.empty).toBe(true);
    expect(run.records).toEqual([]);
    expect(digitsDrawBadge(run, 0)).toMatchObject({ label: 'Nothing drawn.', reason: EMPTY_MESSAGE });
  });

  it('a loaded test image is read as the solver reads it', () => {
    const run = computeDrawWith(data, values, fromImage(data.test.x.subarray(0, 64)));
    expect(run.records.length).toBe(21);
    expect(digitsDrawBadge(run, 20).label).toMatch(/^Reads as (a [0-79]|an 8)\.$/);
  });

  it('a bad α is refused with the stability limit, even before anything is drawn', () => {
    expect(() => computeDrawWith(data, { ...values, alpha: 0.02 }, blank())).toThrow(
      /α = 0.02 is too large for this D/,
    );
  });
});
