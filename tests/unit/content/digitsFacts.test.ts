/**
 * The numbers and run claims of lessons 14 and 15 (the digits), checked against fresh solver
 * computations: each test fails when a sentence of the lesson stops being true.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../../content/lessons/classifying-digits-by-inversion.facts.ts';
import { trainingFacts } from '../../../content/lessons/training-the-dictionary.facts.ts';
import { courseRun, digitsData } from '../../../content/lessons/digits.data.ts';
import { digits as dg } from '../../../src/solver/index.ts';

describe('lesson 14: classifying digits by inversion', () => {
  const F = classifyFacts();
  const { train, test } = digitsData();

  it('quotes the split and the settings the solver uses', () => {
    expect(F.counts).toEqual({ train: 1347, test: 450, all: 1797 });
    expect([F.alpha, F.steps]).toEqual([dg.DIGITS_PRESET.alpha, dg.DIGITS_PRESET.steps]);
  });

  it('the example image is classified right, has a negative weight, and its weights do not sum to one', () => {
    const y = dg
      .invertDigit(
        dg.classMeans(train),
        test.x.slice(F.weightsExample.index * 64, F.weightsExample.index * 64 + 64),
        F.alpha,
        F.steps,
      )
      .at(-1)?.y as Float64Array;
    F.weightsExample.y.forEach((v, k) => expect(y[k]).toBeCloseTo(v, 12));
    expect(F.weightsExample.predicted).toBe(F.weightsExample.label);
    expect(F.weightsExample.min).toBeLessThan(0);
    expect(Math.abs(F.weightsExample.sum - 1)).toBeGreaterThan(0.005);
    expect(F.sumRange[0]).toBeLessThan(1);
    expect(F.sumRange[1]).toBeGreaterThan(1);
  });

  it('λ_max by power iteration; α is about half of 1/λ_max; the top factor is near zero, the slowest near one', () => {
    expect(F.lambdaMax).toBeCloseTo(F.factors.at(-1)?.lambda as number, 8);
    expect(F.alphaLimit).toBeCloseTo(1 / F.lambdaMax, 14);
    expect(F.alpha / F.alphaLimit).toBeGreaterThan(0.4);
    expect(F.alpha / F.alphaLimit).toBeLessThan(0.6);
    expect(Math.abs(F.factors.at(-1)?.factor as number)).toBeLessThan(0.1);
    expect(F.slowest.lambda).toBe(F.lambdaMin);
    expect(F.slowest.factor ** F.slowestTo1pc).toBeLessThanOrEqual(0.01);
    expect(F.slowest.factor ** (F.slowestTo1pc - 1)).toBeGreaterThan(0.01);
    expect(F.slowestTo1pc).toBeGreaterThan(10 * F.steps);
    expect(F.exerciseFactor).toBeCloseTo(1 - 2 * F.alpha * F.lambdaMax, 12);
  });

  it('class means beat one example per class; N = 20 beats the exact inverse by a point or two; accuracy is not monotone in N', () => {
    expect(F.means.atN).toBeGreaterThan(F.oneExample.atN + 0.15);
    expect(F.means.gain).toBeGreaterThan(0);
    expect(F.means.gain).toBeLessThan(0.03);
    const accs = F.means.table.map((r) => r.accuracy);
    const ups = accs.slice(1).filter((a, i) => a > (accs[i] as number)).length;
    const downs = accs.slice(1).filter((a, i) => a < (accs[i] as number)).length;
    expect(ups).toBeGreaterThan(0);
    expect(downs).toBeGreaterThan(0);
    expect(F.means.best.accuracy).toBe(Math.max(...accs));
    expect(F.means.best.accuracy - F.means.exact).toBeLessThan(0.03);
    expect(F.means.best.accuracy).toBeGreaterThan(F.means.exact);
    expect(F.means.gainImages).toBe(Math.round(F.means.gain * test.count));
  });

  it('every test image: each step moves the bars less than the one before, and the loss falls at every step', () => {
    const means = dg.classMeans(train);
    for (let i = 0; i < test.count; i++) {
      const r = dg.invertDigit(means, test.x.slice(i * 64, i * 64 + 64), F.alpha, F.steps);
      const moves = r.slice(1).map((s, n) => Math.hypot(...s.y.map((v, k) => v - (r[n]?.y[k] as number))));
      moves.slice(1).forEach((m, n) => expect(m).toBeLessThan(moves[n] as number));
      r.slice(1).forEach((s, n) => expect(s.loss).toBeLessThan(r[n]?.loss as number));
    }
  });

  it('the top direction is the equal mix, the bottom one a near-cancelling difference; the slowest part is mostly left', () => {
    expect(F.uniformShare).toBeGreaterThan(0.99);
    expect(F.closest.value).toBeLessThan(3 * F.lambdaMin);
    expect(F.closest.value).toBeLessThan(F.lambdaMax / 100);
    expect(F.slowestLeftAtN).toBeCloseTo(F.slowest.factor ** F.steps, 12);
    expect(F.slowestLeftAtN).toBeGreaterThan(0.9);
    expect(F.exerciseFactor).toBeLessThan(0);
  });

  it('position matters (one column to the right costs most of the accuracy); darkness does not (the class is scale-free)', () => {
    expect(F.shiftedAtN).toBeLessThan(F.means.atN - 0.3);
    const m = dg.inversionMatrix(dg.classMeans(train), F.alpha, F.steps);
    const faint = { ...test, x: test.x.map((v) => 0.4 * v) };
    expect(dg.scoreMap(m, faint).accuracy).toBe(F.means.atN);
  });
});

describe('lesson 15: training the dictionary', () => {
  const F = trainingFacts();

  it('training lowers T and raises both accuracies, and λ_max stays below 1/α', () => {
    expect(F.T).toBeLessThan(F.T0);
    expect(F.testAcc).toBeGreaterThan(F.test0);
    expect(F.trainAcc).toBeGreaterThan(F.train0);
    expect(F.lambdaMax * F.alpha).toBeLessThan(1);
    expect(F.parameters).toBe(640);
  });

  it('the rows gain negative entries the class means did not have', () => {
    expect(F.meansNegative).toBe(0);
    expect(F.negativeEntries).toBeGreaterThan(50);
  });

  it('the worst confusions are every off-diagonal cell with the largest count, ties included', () => {
    expect(F.worst.truth).not.toBe(F.worst.predicted);
    expect(F.worst.count).toBeGreaterThan(0);
    const last = courseRun().records.at(-1) as dg.DigitsUpdate;
    const cells = Array.from(last.confusion).map((count, i) => ({
      truth: Math.floor(i / 10),
      predicted: i % 10,
      count,
    }));
    const off = cells.filter((c) => c.truth !== c.predicted);
    expect(F.worstAll).toEqual(off.filter((c) => c.count === Math.max(...off.map((o) => o.count))));
    expect(F.worstAll[0]).toEqual(F.worst);
  });

  it('negative pixels: most at the first Adam step (every entry moves by about the rate), mostly where the means are blank', () => {
    const [d0, d1] = courseRun().records.map((r) => r.d) as [Float64Array, Float64Array];
    const moves = Array.from(d1, (v, i) => Math.abs(v - (d0[i] as number)));
    expect(Math.max(...moves)).toBeLessThanOrEqual(F.rate * 1.001);
    expect(moves.filter((m) => m > 0.9 * F.rate).length).toBeGreaterThan(0.9 * F.parameters);
    const fresh = Array.from(d1.keys()).filter((i) => (d1[i] as number) < 0);
    expect(fresh.length).toBe(F.negativesFirst);
    expect(F.negativesFirst).toBeGreaterThan(F.negativeEntries / 2);
    expect(fresh.filter((i) => d0[i] === 0).length).toBeGreaterThan(F.negativesFirst / 2);
    expect(F.negativePeak.count).toBeGreaterThanOrEqual(F.negativeEntries);
  });

  it('the trained rows are contrasts: each row is negative where the other nine class means have more ink than its own', () => {
    const [d0, d] = [courseRun().records[0]?.d, courseRun().records.at(-1)?.d] as [Float64Array, Float64Array];
    for (let c = 0; c < 10; c++) {
      const neg = Array.from({ length: 64 }, (_, p) => p).filter((p) => (d[c * 64 + p] as number) < 0);
      const own = neg.reduce((s, p) => s + (d0[c * 64 + p] as number), 0) / neg.length;
      const others =
        neg.reduce(
          (s, p) =>
            s + [...Array(10).keys()].filter((k) => k !== c).reduce((t, k) => t + (d0[k * 64 + p] as number), 0) / 9,
          0,
        ) / neg.length;
      expect(neg.length).toBeGreaterThan(0);
      expect(others).toBeGreaterThan(2 * own);
    }
  });

  it('α stays below 1/λ_max at every update of the run, not only the last', () => {
    expect(F.worstStability).toBeLessThan(1);
    expect(F.worstStability).toBeGreaterThanOrEqual(F.lambdaMax * F.alpha);
  });

  it('T stays above the least-squares floor, yet the test accuracy matches the least-squares classifier', () => {
    expect(F.T).toBeGreaterThan(F.leastSquares.T);
    expect(F.testAcc).toBeGreaterThanOrEqual(F.leastSquares.noBias);
    expect(F.leastSquares.withBias).toBeGreaterThanOrEqual(F.leastSquares.noBias);
  });

  it('the truncation effect barely shows: solved exactly the trained D loses at most two test images and fits the training set better', () => {
    expect(F.truncation.atN).toBeGreaterThanOrEqual(F.truncation.exact);
    expect(F.truncation.atN).toBeGreaterThanOrEqual(F.truncation.at200);
    expect(F.truncation.imagesLost).toBe(Math.round((F.truncation.atN - F.truncation.exact) * 450));
    expect(F.truncation.imagesLost).toBeLessThanOrEqual(2);
    expect(F.truncation.Texact).toBeLessThan(F.T);
    expect(F.truncation.Texact).toBeGreaterThan(F.leastSquares.T);
  });

  it('fast and literal paths agree to rounding error; the exercise counts image-steps', () => {
    expect(F.paths.gradDiff).toBeLessThan(1e-10);
    expect(F.paths.Tdiff).toBeLessThan(1e-12);
    expect(F.paths.imageSteps).toBe(1347 * 20);
  });
});

describe('the digits lessons’ predictions (issue 17)', () => {
  it('the share with a negative weight and the trained test accuracy, in percent, are the facts’ own', () => {
    const c = classifyFacts();
    expect(c.predictNegativePercent).toBe(Math.round(1000 * c.negativeShare) / 10);
    expect(c.predictNegativePercent).toBeGreaterThan(50);
    const t = trainingFacts();
    expect(t.predictTestPercent).toBe(Math.round(1000 * t.testAcc) / 10);
    expect(t.predictTestPercent).toBeGreaterThan(100 * t.test0);
  });
});
