/**
 * Issue 17: every lesson with a widget asks at least one prediction, and each answer is the
 * solver's, computed at build time by the lesson's facts. Each answer is recomputed here from
 * the solver (or in closed form) without the facts' own helpers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleData,
  articleTraining,
  compareGradients,
  contraction,
  invert,
  makeData,
  train,
} from '../../../src/solver/index.ts';
import { leastSquaresLine } from '../../../content/lessons/facts/shared.ts';
import { facts as lesson1 } from '../../../content/lessons/what-is-an-inverse-problem.facts.ts';
import { facts as lesson2 } from '../../../content/lessons/prediction-is-an-inversion.facts.ts';
import { facts as lesson3 } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';
import { facts as lesson4 } from '../../../content/lessons/inside-one-theta-update.facts.ts';
import { facts as lesson5 } from '../../../content/lessons/the-generative-direction.facts.ts';
import { facts as lesson7 } from '../../../content/lessons/choosing-alpha-and-n.facts.ts';
import { facts as lesson8 } from '../../../content/lessons/why-not-exactly-two.facts.ts';
import { facts as lesson9 } from '../../../content/lessons/the-clamp.facts.ts';
import { facts as lesson10 } from '../../../content/lessons/momentum.facts.ts';
import { facts as lesson11 } from '../../../content/lessons/noisy-data.facts.ts';
import { facts as lesson12 } from '../../../content/lessons/four-ways-to-the-gradient.facts.ts';
import { facts as lesson13 } from '../../../content/lessons/when-the-inverse-is-not-unique.facts.ts';

const LESSONS = new URL('../../../content/lessons/', import.meta.url);
const WIDGET = /^\s*<([A-Z][A-Za-z]*Widget|LatentExplorer|ResearchRoots|ResearchExplode)\b/m;
const TIMEOUT = 120_000;
const endA = (r: ReturnType<typeof train>) => r.history.at(-1)?.theta[0] ?? NaN;

describe('predictions in the lessons', () => {
  it('every lesson that renders a widget asks at least one prediction', () => {
    const withWidget = readdirSync(LESSONS)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ f, text: readFileSync(new URL(f, LESSONS), 'utf8') }))
      .filter(({ text }) => WIDGET.test(text));
    expect(withWidget.length).toBeGreaterThanOrEqual(17);
    for (const { f, text } of withWidget) expect(text, f).toMatch(/^<Prediction\b/m);
  });
});

describe('each prediction’s answer is the solver’s', () => {
  it('lesson 1: 20 steps from y0 = 8 end at 2 + 6·0.6²⁰', () => {
    expect(lesson1.predictEnd).toBeCloseTo(2 + 6 * 0.6 ** 20, 12);
  });
  it('lesson 2: one step from 8 lands at 8 − 0.05·2·2·(2·8 − 4) = 5.6', () => {
    expect(lesson2.predictG1).toBeCloseTo(8 - 0.05 * 2 * 2 * (2 * 8 - 4), 12);
  });
  it('lessons 3 and 4: the learned a, and T falls over update 0', { timeout: TIMEOUT }, () => {
    const run = train(articleTraining());
    expect(lesson3.predictLearnedA).toBe(endA(run));
    expect(Math.abs(lesson3.predictLearnedA - 2)).toBeLessThan(0.01);
    const [t0, t1] = [run.history[0]!.T, run.history[1]!.T];
    expect(lesson4.predictFirstT).toBe(t1 < t0 ? 'falls' : 'rises');
  });
  it(
    'lesson 5: outside the data, at y = −3, the learned line is within 0.001 of the truth',
    { timeout: TIMEOUT },
    () => {
      const [a, b] = train(articleTraining()).history.at(-1)!.theta as [number, number];
      const gap = Math.abs(a * -3 + b - (2 * -3 - 4));
      expect(lesson5.gapOutside).toBeCloseTo(gap, 12);
      expect(lesson5.predictGapOutside).toBe(gap < 1e-3 ? 'close' : gap >= 0.1 ? 'off' : 'between');
    },
  );
  it('lesson 7: α = 0.3 diverges (c = −1.4), and the run zig-zags outwards', () => {
    expect(contraction(0.3, 2)).toBeCloseTo(-1.4, 12);
    const ys = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.3, steps: 10, y0: 8 }).steps.map(
      (s) => s.y - 2,
    );
    for (let n = 1; n < ys.length; n++) {
      expect(Math.abs(ys[n]!)).toBeGreaterThan(Math.abs(ys[n - 1]!));
      expect(Math.sign(ys[n]!)).toBe(-Math.sign(ys[n - 1]!));
    }
    expect(lesson7.predictRegime03).toBe('diverging');
  });
  it('lesson 8: with N = 10 the article’s training learns the a the facts give', { timeout: TIMEOUT }, () => {
    const run = train({
      ...articleTraining(),
      inner: { alpha: 0.05, steps: 10, y0: 2 },
      gradient: { method: 'forward', steps: 10 },
    });
    expect(lesson8.predictA10).toBe(endA(run));
  });
  it('lesson 9: with the clamp on, from a0 = 0.3, a ends on the wall a = 0.5', { timeout: TIMEOUT }, () => {
    const run = train({ ...articleTraining(), theta0: [0.3, 0] });
    expect(endA(run)).toBe(0.5);
    expect(lesson9.predictClampA).toBe(0.5);
  });
  it('lesson 10: heavy ball μ = 0.9 needs fewer steps than plain descent on the flat loss', () => {
    const steps = (momentum: { kind: 'heavy-ball'; mu: number } | null) => {
      const ys = invert({ model: 'linear', theta: [0.5, -4], x: 0, alpha: 0.05, steps: 3000, y0: 0, momentum }).steps;
      let last = -1;
      ys.forEach((s, n) => {
        if (Math.abs(s.y - 8) > 1e-6) last = n;
      });
      return last + 1;
    };
    const [plain, heavy] = [steps(null), steps({ kind: 'heavy-ball', mu: 0.9 })];
    expect(lesson10.predictFlatHeavy).toBe(heavy < plain ? 'fewer' : heavy > plain ? 'more' : 'same');
  });
  it('lesson 11: on five noisy samples T stops above zero, at the least-squares floor', { timeout: TIMEOUT }, () => {
    const data = makeData({ count: 5, sigma: 0.5, seed: 1 });
    const T = train({ ...articleTraining(), data }).history.at(-1)!.T;
    const [s, t] = leastSquaresLine(data);
    const floor = data.x.reduce((sum, x, i) => sum + (data.y[i]! - (s * x + t)) ** 2, 0);
    expect(floor).toBeGreaterThan(1e-3);
    expect(T).toBeGreaterThanOrEqual(floor * (1 - 1e-9));
    expect(lesson11.predictNoisyT).toBe(T > 1e-6 ? 'above' : 'zero');
  });
  it('lesson 12: the sign of forward and implicit ∂T/∂a through M = 1', () => {
    const c = compareGradients({
      model: 'linear',
      data: articleData(),
      theta: [2.7, 0],
      inner: { alpha: 0.05, steps: 20, y0: 2 },
      gradientSteps: 1,
    });
    expect(lesson12.predictSignM1).toBe(Math.sign(c.forward[0]!) === Math.sign(c.implicit[0]!) ? 'same' : 'opposite');
  });
  it('lesson 13: from y0 = −2 the cubic run ends at the root 2·cos(140°)', () => {
    const roots = lesson13.cubicRoots;
    expect(roots[lesson13.predictCubicRoot]).toBeCloseTo(2 * Math.cos((140 * Math.PI) / 180), 6);
    const end = invert({ ...lesson13.CUBIC, y0: -2 }).steps.at(-1)!.y;
    expect(end).toBeCloseTo(roots[lesson13.predictCubicRoot]!, 6);
  });
});
