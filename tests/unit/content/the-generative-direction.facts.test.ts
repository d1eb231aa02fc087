import { beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../../../content/lessons/the-generative-direction.facts.ts';
import { facts as lesson3 } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 5 facts: the generator', () => {
  it('the generator x = a·y + b: −2 at y = 1 and 1 at y = 2.5 under the truth', () => {
    expect(facts.truthAtOne).toBe(-2);
    expect(facts.truthAtTwoHalf).toBe(1);
    expect(facts.generatedAtOne).toBeCloseTo(lesson3.learnedA + lesson3.learnedB, 12);
    expect(facts.generatedGapAtThree).toBeCloseTo(Math.abs(3 * (lesson3.learnedA - 2) + lesson3.learnedB + 4), 12);
  });
  it('the generator is off by 2cᴺ·|y − y0|: zero at y0 = 2, larger at y = −2 than at y = 3', () => {
    const gap = facts.generatorGap;
    expect(gap.at(2)).toBeLessThan(1e-11);
    expect(gap.at(3)).toBeCloseTo(gap.coefficient, 10);
    expect(gap.at(-2)).toBeGreaterThan(gap.at(3));
    expect(gap.coefficient).toBeCloseTo(7.32e-5, 6);
  });
  it('after 100 updates the generator is still far from the true line at y = 1', () => {
    expect(Math.abs(facts.earlyGenerated - -2)).toBeGreaterThan(1);
  });
  it('the prediction: at y = −3 the gap is below 0.001, as it is at every training y ("as inside the data")', () => {
    expect(facts.predictGapOutside).toBe('close');
    for (const y of [-2, -1, 0, 1, 2]) expect(facts.generatorGap.at(y)).toBeLessThan(1e-3);
    expect(facts.gapOutside).toBeCloseTo(5 * facts.generatorGap.coefficient, 10);
  });
});
