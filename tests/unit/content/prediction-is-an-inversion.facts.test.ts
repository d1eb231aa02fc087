import { beforeAll, describe, expect, it } from 'vitest';
import { invert } from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/prediction-is-an-inversion.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 2 facts: the article inversion (a = 2, b = −4, x = 0, α = 0.05)', () => {
  it('one step from y0 = 0: ∂L/∂y = −16, g(1) = 0.8, g(2) = 1.28', () => {
    expect(facts.gradAtZero).toBeCloseTo(-16, 12);
    expect(facts.lossAtZero).toBeCloseTo(16, 12);
    expect(facts.g1FromZero).toBeCloseTo(0.8, 12);
    expect(facts.lossAtG1).toBeCloseTo(5.76, 12);
    expect(facts.g2FromZero).toBeCloseTo(2 - 2 * 0.6 ** 2, 12);
  });
  it('the contraction c = 1 − 8α is 0.6, −0.6, 0 and −1.4 at α = 0.05, 0.2, 0.125, 0.3', () => {
    expect(facts.c).toBeCloseTo(0.6, 12);
    expect(facts.cOscillating).toBeCloseTo(-0.6, 12);
    expect(facts.cOneStep).toBeCloseTo(0, 12);
    expect(facts.cTooLarge).toBeCloseTo(-1.4, 12);
    expect(facts.cSlow).toBeCloseTo(0.92, 12);
    expect(facts.alphaLimit).toBe(0.25);
  });
  it('from y0 = 8, g(20) is 6·0.6²⁰ above y* and 10⁻⁶ takes 31 steps', () => {
    expect(facts.error20FromEight).toBeCloseTo(6 * 0.6 ** 20, 12);
    expect(Math.abs(facts.g20FromEight - 2)).toBeCloseTo(6 * 0.6 ** 20, 12);
    expect(facts.stepsToMicro).toBe(Math.ceil(Math.log(1e-6 / 6) / Math.log(0.6)));
  });
  it('after 20 steps every start in [−10, 10] ends within 12·0.6²⁰ of y* = 2', () => {
    expect(facts.randomStartWorst).toBeCloseTo(12 * 0.6 ** 20, 12);
    expect(facts.randomStartWorst).toBeLessThan(5e-4);
  });
  it('at α = 0.01, g(20) from y0 = 8 is still more than 1 away from y* (not nearly enough)', () => {
    expect(facts.slowAlphaError).toBeGreaterThan(1);
  });
  it('from y0 = 8 the error starts at 6; α = 0.05 keeps 60 % of it per step, α = 0.3 makes it 40 % larger (and flips its sign)', () => {
    expect(facts.firstError).toBe(6);
    expect((100 * facts.c).toFixed(0)).toBe('60');
    expect((100 * (Math.abs(facts.cTooLarge) - 1)).toFixed(0)).toBe('40');
    const run = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.3, steps: 5, y0: 8 });
    const errors = run.steps.map((s) => s.y - 2);
    for (let n = 1; n < errors.length; n++) expect((errors[n] ?? NaN) / (errors[n - 1] ?? NaN)).toBeCloseTo(-1.4, 9);
  });
});
