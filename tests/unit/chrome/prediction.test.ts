import { describe, expect, it } from 'vitest';
import { verdict } from '../../../src/chrome/prediction';

describe('the verdict on a committed prediction', () => {
  const labels = { two: 'on the fit near 2', small: 'on the small fit' };
  it('quotes the guess and says right when it is', () => {
    expect(verdict('two', 'two', labels)).toBe(
      'You predicted “on the fit near 2”: right. The answer and the figure are below.',
    );
  });
  it('quotes the guess and names the answer when it is not', () => {
    expect(verdict('small', 'two', labels)).toBe(
      'You predicted “on the small fit”. The answer is “on the fit near 2”: see below why.',
    );
  });
});
