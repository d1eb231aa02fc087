import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acceptedTolerance, judge, parseAnswer, precisionText } from '../../../src/chrome/exercise';

describe('exercise answers', () => {
  it('reads a leading plus, U+2212 minus, an en dash and a decimal comma', () => {
    expect(parseAnswer('+4.5')).toEqual({ ok: true, value: 4.5 });
    expect(parseAnswer('−0.6')).toEqual({ ok: true, value: -0.6 });
    expect(parseAnswer('–0.6')).toEqual({ ok: true, value: -0.6 });
    expect(parseAnswer(' 2,5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseAnswer('1e−3')).toEqual({ ok: true, value: 0.001 });
  });

  it('refuses what is not a number, saying what is allowed', () => {
    for (const text of ['', 'abc', '1.2.3', '1,234.5', '4 4', '--1']) {
      const parsed = parseAnswer(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/number|separator/);
    }
  });

  it('1e309 is too large, not "diverged" and not wrong', () => {
    const v = judge('1e309', 20.9, 1);
    expect(v.correct).toBeNull();
    expect(v.message).toBe('“1e309” is too large to be a number here: type an ordinary number such as 20.5.');
  });

  it('echoes exactly what was typed (4.4 is not "4")', () => {
    expect(judge('4.4', 4, 0).message).toBe(
      'Not quite: you typed “4.4”, which is not within ±0 of the answer. Try again, or open the working below.',
    );
    expect(judge('+1,28', 1.28, 2).message).toMatch(/^Right: you typed “\+1,28”; the answer is 1\.28\./);
  });

  it("lesson 12's second exercise (20.8889 to 1 decimal) accepts 20.9 and rejects 20.8", () => {
    const answer = 20.88888888864018;
    expect(judge('20.9', answer, 1).correct).toBe(true);
    expect(judge('20,9', answer, 1).correct).toBe(true);
    expect(judge('20.8', answer, 1).correct).toBe(false);
  });

  it('states the precision it expects', () => {
    expect(precisionText(1)).toBe(
      'Give the answer to 1 decimal place; anything within ±0.05 of the exact value counts.',
    );
    expect(precisionText(5)).toBe(
      'Give the answer to 5 decimal places; anything within ±0.000005 of the exact value counts.',
    );
    expect(precisionText(2, 0.001)).toMatch(/±0\.005/);
    expect(precisionText(0, 0)).toBe('Give a whole number.');
  });

  it('property: the answer rounded to the decimals asked for is always right', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.integer({ min: 1, max: 5 }), (answer, d) => {
        expect(judge(answer.toFixed(d), answer, d).correct).toBe(true);
        expect(acceptedTolerance(d)).toBeCloseTo(0.5 * 10 ** -d, 12);
      }),
    );
  });
});
