import { describe, expect, it } from 'vitest';
import { judgeGuess } from '../../../src/chrome/predictFirst.ts';

describe('judgeGuess', () => {
  it('a choice is right only when it is the answer', () => {
    expect(judgeGuess('above', 'above', null)).toBe(true);
    expect(judgeGuess('below', 'above', null)).toBe(false);
    expect(judgeGuess('pick', 'above', null)).toBe(false);
  });

  it('a slider guess is right within the tolerance, and never when it is not a number', () => {
    expect(judgeGuess('60', '74', 15)).toBe(true);
    expect(judgeGuess('90', '74', 15)).toBe(false);
    expect(judgeGuess('', '0', 15)).toBe(false);
    expect(judgeGuess('abc', '74', 15)).toBe(false);
  });
});
