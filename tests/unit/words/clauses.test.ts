import { describe, expect, it } from 'vitest';
import { aDigit } from '../../../src/words/clauses.ts';

describe('a digit with its article', () => {
  it('reads "an 8" and "a" before every other digit, as spoken', () => {
    expect(aDigit(8)).toBe('an 8');
    for (const d of [0, 1, 2, 3, 4, 5, 6, 7, 9]) expect(aDigit(d)).toBe(`a ${d}`);
  });
});
