import { describe, expect, it } from 'vitest';
import {
  comparisonMissingWords,
  judgeGuess,
  presentedWords,
  skippedWords,
  verdictWords,
  type PredictionKey,
} from '../../../src/words/prediction.ts';
import { comparisonWords } from '../../../src/words/predictionComparison.ts';
import { keep, keyOf, readKept } from '../../../src/chrome/predictionStore.ts';

const choiceKey: PredictionKey = {
  answer: 'two',
  answerLabel: 'on the fit near 2',
  tolerance: null,
  answerText: 'It ends on the fit near 2.',
  unit: '',
};
const numberKey: PredictionKey = {
  answer: '74',
  answerLabel: '74',
  tolerance: 15,
  answerText: 'The start is lost from N = 74.',
  unit: 'steps',
};
const two = { kind: 'choice', value: 'two', label: 'on the fit near 2' } as const;
const small = { kind: 'choice', value: 'small', label: 'on the small fit' } as const;

describe('judging a guess', () => {
  it('a choice is right only when it is the answer', () => {
    expect(judgeGuess('above', 'above', null)).toBe(true);
    expect(judgeGuess('below', 'above', null)).toBe(false);
  });
  it('a slider guess is right within the tolerance, and never when it is not a number', () => {
    expect(judgeGuess('60', '74', 15)).toBe(true);
    expect(judgeGuess('90', '74', 15)).toBe(false);
    expect(judgeGuess('', '0', 15)).toBe(false);
    expect(judgeGuess('abc', '74', 15)).toBe(false);
  });
});

describe('the words of a committed prediction', () => {
  it('quotes the guess and says right when it is', () => {
    expect(verdictWords(two, choiceKey)).toBe('Your guess, on the fit near 2, is right. The answer is below.');
    expect(comparisonWords(two, choiceKey)).toBe(
      'You predicted “on the fit near 2”: right. The answer and the figure are below.',
    );
  });
  it('says a wrong guess is wrong without stating the answer: the comparison below states it once', () => {
    expect(verdictWords(small, choiceKey)).toBe(
      'Your guess, on the small fit, is not the answer. The answer and the reasons are below.',
    );
    expect(verdictWords(small, choiceKey)).not.toContain(choiceKey.answerLabel);
    expect(verdictWords({ kind: 'number', value: 120 }, numberKey)).toBe(
      'Your guess, 120 steps, is not within ±15 steps of the answer. The answer and the reasons are below.',
    );
    expect(verdictWords({ kind: 'number', value: 120 }, numberKey)).not.toContain('74');
    expect(comparisonWords(small, choiceKey)).toBe(
      'You predicted “on the small fit”. The answer is “on the fit near 2”: see below why.',
    );
  });
  it('names the size and side of a numeric miss, and whether it counts as right', () => {
    expect(comparisonWords({ kind: 'number', value: 70 }, numberKey)).toBe(
      "You predicted 70 steps; the solver's answer is 74 steps: a miss of 4 steps below it, within the ±15 steps counted as right.",
    );
    expect(comparisonWords({ kind: 'number', value: 120 }, numberKey)).toMatch(
      /a miss of 46 steps above it, outside the ±15/,
    );
    expect(comparisonWords({ kind: 'number', value: 74 }, numberKey)).toMatch(/no miss at all, within/);
    expect(verdictWords({ kind: 'number', value: 75 }, numberKey)).toBe(
      'Your guess, 75 steps, is right. The answer is below.',
    );
  });
  it('a skip gives the answer without a verdict', () => {
    expect(skippedWords(numberKey)).toBe('Skipped. The start is lost from N = 74. The reasons are below.');
  });
  it('a class shown the answer in presenter mode gets the answer, not "Skipped"', () => {
    expect(presentedWords(numberKey)).toBe('The answer: The start is lost from N = 74. The reasons are below.');
    expect(presentedWords(choiceKey)).not.toMatch(/Skipped/);
  });
  it('without its comparison module the reveal still names the guess and the answer in words', () => {
    expect(comparisonMissingWords({ kind: 'number', value: 70 }, numberKey)).toBe(
      'You predicted 70 steps. The answer: 74 steps. (The figure of the comparison could not load.)',
    );
    expect(comparisonMissingWords(small, choiceKey)).toBe(
      'You predicted “on the small fit”. The answer: on the fit near 2. (The figure of the comparison could not load.)',
    );
    expect(comparisonMissingWords(null, choiceKey)).toBe(
      'The answer: on the fit near 2. (The figure of the comparison could not load.)',
    );
  });
});

describe('keeping a prediction on the device', () => {
  const memory = (): Storage => {
    const m = new Map<string, string>();
    return {
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v),
      removeItem: (k) => void m.delete(k),
      clear: () => m.clear(),
      key: (i) => [...m.keys()][i] ?? null,
      get length() {
        return m.size;
      },
    };
  };
  it('keys are per lesson and per prediction, and a kept guess or skip comes back', () => {
    const store = memory();
    const a = keyOf('/lessons/one/', 'p');
    const b = keyOf('/lessons/two/', 'p');
    expect(a).not.toBe(b);
    keep(a, { guess: 'two' }, store);
    keep(b, { skipped: true }, store);
    expect(readKept(a, store)).toEqual({ guess: 'two' });
    expect(readKept(b, store)).toEqual({ skipped: true });
    expect(readKept(keyOf('/lessons/three/', 'p'), store)).toBeNull();
  });
  it('storage that throws or holds garbage is no error: nothing is remembered', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => keep('k', { guess: 'x' }, broken)).not.toThrow();
    expect(readKept('k', broken)).toBeNull();
    expect(readKept('k', null)).toBeNull();
    const store = memory();
    store.setItem('k', '{not json');
    expect(readKept('k', store)).toBeNull();
    store.setItem('k', '{"guess": 3}');
    expect(readKept('k', store)).toBeNull();
  });
});
