import { describe, expect, it } from 'vitest';
import { nth } from '../../../../src/solver/core/nth.ts';

describe('nth', () => {
  it('reads an entry of an array or a typed array', () => {
    expect(nth([3, 4], 1)).toBe(4);
    expect(nth(new Float64Array([0.5, -2]), 1)).toBe(-2);
  });

  it('throws a RangeError naming the index and the length instead of returning undefined', () => {
    expect(() => nth([1, 2], 2)).toThrow(new RangeError('index 2 is out of range for an array of length 2'));
    expect(() => nth(new Float64Array(0), -1)).toThrow(/index -1 .* length 0/);
  });
});
