import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { milestones, MAX_MILESTONES } from '../../../../components/widgets/runtime/milestones';
import { nextMilestone, previousMilestone } from '../../../../src/chrome/presenter';
import { invert, train } from '../../../../src/solver/index.ts';
import { trainingParams } from '../../../../components/widgets/training/compute';
import { defaults, merge } from '../../../../components/widgets/runtime/params';
import { trainingTable } from '../../../../components/widgets/training/table';

describe('milestones of a run (presenter clicker stops)', () => {
  it('keeps every record of a short run', () => {
    expect(milestones(5, [9, 3, 1, 0.3, 0.1])).toEqual([0, 1, 2, 3, 4]);
    expect(milestones(1)).toEqual([0]);
  });

  it('for a long run without values: 0, 1, 10, 100, 1000 and the end', () => {
    expect(milestones(2500)).toEqual([0, 1, 10, 100, 1000, 2499]);
  });

  it('adds the records where the objective enters a new decade, and never more than the maximum', () => {
    const T = Array.from({ length: 2500 }, (_, k) => 30 * Math.exp(-k / 200));
    const marks = milestones(2500, T);
    expect(marks.length).toBeLessThanOrEqual(MAX_MILESTONES);
    expect(marks[0]).toBe(0);
    expect(marks.at(-1)).toBe(2499);
    // T = 30 e^{-k/200} crosses 10 at k = 220 (first k with T < 10), then 1 at k = 681.
    const crossing = (v: number) => T.findIndex((t) => t < v);
    expect(marks).toContain(crossing(10));
    expect(marks).toContain(crossing(1));
  });

  it('the article run (2500 updates, lesson 3) is left with at most 8 presses', () => {
    const values = merge(trainingTable, defaults(trainingTable), {
      beta: 0.005,
      epochs: 2500,
      N: 20,
      M: 10,
      alpha: 0.05,
      y0: 2,
      clamp: true,
      a0: 2.7,
      b0: 0,
    }).values;
    const history = train(trainingParams(values)).history;
    const marks = milestones(
      history.length,
      history.map((s) => s.T),
    );
    expect(marks.length).toBeLessThanOrEqual(MAX_MILESTONES);
    expect(marks).toEqual([...new Set(marks)].sort((a, b) => a - b));
    expect(marks.slice(0, 2)).toEqual([0, 1]);
    expect(marks.at(-1)).toBe(history.length - 1);
  });

  it('an inversion with many steps gets milestones at each new decade of the loss', () => {
    const steps = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 60, y0: 8 }).steps;
    const marks = milestones(
      steps.length,
      steps.map((s) => s.loss),
    );
    expect(marks.length).toBe(MAX_MILESTONES);
    expect(marks[0]).toBe(0);
    expect(marks.at(-1)).toBe(steps.length - 1);
  });

  it('property: sorted, distinct, within the run, from 0 to the end, at most the maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.double({ noNaN: false }), { maxLength: 300 }),
        fc.integer({ min: 2, max: 12 }),
        (count, values, max) => {
          const marks = milestones(count, values, max);
          expect(marks[0]).toBe(0);
          expect(marks.at(-1)).toBe(count - 1);
          expect(marks.length).toBeLessThanOrEqual(Math.max(max, 1));
          for (let i = 1; i < marks.length; i++) expect(marks[i]!).toBeGreaterThan(marks[i - 1]!);
        },
      ),
    );
  });

  it('next and previous milestones', () => {
    const marks = [0, 1, 10, 100, 2499];
    expect(nextMilestone(marks, 0)).toBe(1);
    expect(nextMilestone(marks, 5)).toBe(10);
    expect(nextMilestone(marks, 2499)).toBeNull();
    expect(previousMilestone(marks, 5)).toBe(1);
    expect(previousMilestone(marks, 0)).toBeNull();
  });
});
