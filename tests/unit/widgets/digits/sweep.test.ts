import { describe, expect, it } from 'vitest';
import { digits as dg } from '../../../../src/solver';
import { computeSweepWith } from '../../../../components/widgets/digitsSweep/compute';
import { sweepRecords } from '../../../../components/widgets/digitsSweep/records';
import { entryName, entryValue, sub, sweepNarration } from '../../../../components/widgets/digitsSweep/text';
import { loadDigits } from '../../solver/digits/fixture';

describe('the step-into view of a dictionary update', () => {
  const data = loadDigits();
  const { alpha, steps } = dg.DIGITS_PRESET;
  const sweep = computeSweepWith(data, { d: dg.classMeans(data.train), alpha, steps, image: 3 });

  it('plays y₀ … y_N forward, then the sweep from N back to 0, for the reader’s image (counted from 1)', () => {
    const recs = sweepRecords(sweep);
    expect(sweep.image).toBe(2);
    expect(recs).toHaveLength(2 * (steps + 1));
    expect(recs[0]).toEqual({ phase: 'forward', n: 0 });
    expect(recs[steps]).toEqual({ phase: 'forward', n: steps });
    expect(recs[steps + 1]).toEqual({ phase: 'backward', n: steps });
    expect(recs.at(-1)).toEqual({ phase: 'backward', n: 0 });
  });

  it('names the entry as the reader sees the image, and says the sums in words from the records', () => {
    const e = dg.largestEntry(sweep.sweep.at(-1)!.grad);
    expect(entryName({ row: 4, pixel: 8 * 2 + 5 })).toBe('digit 4, pixel (3, 6)');
    expect(sub('ȳ', 12)).toBe('ȳ₁₂');
    const last = sweepNarration(sweep, { phase: 'backward', n: 0 }, e);
    expect(last).toContain(`the whole gradient, dT/dD at ${entryName(e)} = ${entryValue(sweep.sweep.at(-1)!.grad, e)}`);
    expect(sweepNarration(sweep, { phase: 'backward', n: steps }, e)).toContain('nothing has reached');
    expect(sweepNarration(sweep, { phase: 'forward', n: 3 }, e)).toMatch(/^Forward, inner step 3 of 20: y₃ stored/);
  });
});
