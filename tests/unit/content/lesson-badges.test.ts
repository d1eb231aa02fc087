/**
 * Lessons 3, 8, 9 and 13 quote the training widget's badge at a setting ("the badge says …").
 * These tests compute the badge the widget shows there, from the widget's own parameter table
 * and words, so a lesson sentence and the figure beside it cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../components/widgets/runtime/params';
import { computeTraining } from '../../../components/widgets/training/compute';
import { trainingTable } from '../../../components/widgets/training/table';
import { trainingBadge } from '../../../components/widgets/training/text';
import { facts as lesson3 } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';
import { facts as clamp } from '../../../content/lessons/the-clamp.facts.ts';

const base = defaults(trainingTable);
/** The badge label at the last update for the widget's defaults changed by `preset`. */
const badgeAtEnd = (preset: Record<string, unknown>) => {
  const run = computeTraining({ ...base, ...preset });
  return trainingBadge(run, run.result.history.length - 1).label;
};

describe('badges the lessons quote', () => {
  it('lesson 3: β = 0.02 ends "converged", and well before β = 0.005 gets T below 10⁻¹⁰', () => {
    expect(lesson3.fastBetaStatus).toBe('converged');
    expect(badgeAtEnd({ beta: 0.02 })).toBe('Converged.');
    expect(lesson3.fastBetaTinyAt).toBeGreaterThan(0);
    expect(lesson3.fastBetaTinyAt).toBeLessThan(lesson3.tinyTAt / 2);
  }, 60_000);
  it('lesson 8: with N = M = 5 the badge says "creeping" after 2500 updates', () => {
    expect(badgeAtEnd({ N: 5, M: 5 })).toBe('Creeping.');
  }, 60_000);
  it('lesson 9: from a0 = 0.3 the badge reads "held" with the clamp, period 2 without', () => {
    expect(badgeAtEnd({ a0: 0.3, clamp: true })).toBe('Held.');
    expect(badgeAtEnd({ a0: 0.3, clamp: false })).toBe(`Oscillating (period ${clamp.offPeriod}).`);
  }, 60_000);
  it('lesson 13: the tanh run ends with the badge "T climbs"', () => {
    expect(badgeAtEnd({ model: 'tanh' })).toBe('T climbs.');
  }, 60_000);
});
