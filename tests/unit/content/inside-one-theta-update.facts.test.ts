import { beforeAll, describe, expect, it } from 'vitest';
import { articleTraining, train } from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/inside-one-theta-update.facts.ts';
import { facts as lesson3 } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

const c = (a: number) => 1 - 2 * 0.05 * a * a;

describe('lesson 4 facts: inside one θ update', () => {
  it('the first update moves θ by −β·∂T/∂θ', () => {
    expect(facts.theta1A).toBeCloseTo(2.7 - 0.005 * lesson3.startGradA, 12);
    expect(facts.theta1B).toBeCloseTo(0 - 0.005 * lesson3.startGradB, 12);
    expect(facts.grad10A).toBeCloseTo(lesson3.startGradA, 12);
  });
  it('M = 10 and M = 20 give gradients within a few 10⁻⁴ of each other at θ0 and the same learned θ', () => {
    expect(facts.gradRelDiff).toBeGreaterThan(0);
    expect(facts.gradRelDiff).toBeLessThan(1e-3);
    expect(facts.learnedGap).toBeLessThan(1e-9);
    expect(facts.learned20A).toBeCloseTo(lesson3.fixedPointA, 9);
    expect(facts.learned10A).toBe(lesson3.learnedA);
  });
  it('dg(M)/db at θ = (2, −4) is −(1 − 0.6ᴹ)/2', () => {
    expect(facts.dgb10Truth).toBeCloseTo(-(1 - 0.6 ** 10) / 2, 12);
    expect(facts.dgb20Truth).toBeCloseTo(-(1 - 0.6 ** 20) / 2, 12);
    expect(facts.cStart).toBeCloseTo(c(2.7), 12);
    expect(facts.c).toBeCloseTo(0.6, 12);
  });
  it('with N = M = 100 the learned θ is the truth (2, −4)', () => {
    expect(facts.learnedLongA).toBeCloseTo(2, 8);
    expect(facts.learnedLongB).toBeCloseTo(-4, 8);
  });
  it('the cut at M = 10 changes ∂T/∂a at θ0 by far more than c¹⁰ (−6.70629 → −6.70425)', () => {
    expect(facts.dTda20).toBeCloseTo(-6.70629, 5);
    expect(facts.dTda10).toBeCloseTo(-6.70425, 5);
    expect(facts.relChangeA).toBeGreaterThan(100 * facts.cStart10);
  });
  it('near the end dg(10)/da and dg(20)/da differ per sample by up to about 25 %', () => {
    expect(facts.rows).toHaveLength(5);
    expect(facts.maxRowShare).toBeGreaterThan(0.2);
    expect(facts.maxRowShare).toBeLessThan(0.3);
  });
  it('the M = 10 / M = 20 gap at update 2500 is unfinished convergence, at rounding size by update 3000', () => {
    expect(facts.gap2500).toBeGreaterThan(1e-13);
    expect(facts.gap3000).toBeLessThan(1e-14);
  });
  it('on the article run T never rises (the M = 10 gradient goes downhill) and the clamp never acts', () => {
    const r = train(articleTraining());
    expect(r.history.every((s, k) => k === 0 || s.T <= (r.history[k - 1]?.T ?? NaN))).toBe(true);
    expect(r.history.some((s) => s.clamped[0])).toBe(false);
    expect(facts.tinyTAt10).toBe(lesson3.tinyTAt);
    expect(facts.tinyTAt20).toBeGreaterThan(0);
  });
  it('near the end the largest per-sample gap is at x = −8, and at x = −4 the cut dg(10)/da is many times dg(20)/da', () => {
    const gaps = facts.rows.map((r) => Math.abs(r.dga20 - r.dga10));
    expect(facts.maxRowGap).toBe(Math.max(...gaps));
    expect(gaps.indexOf(facts.maxRowGap)).toBe(0);
    expect(facts.rows[0]?.x).toBe(-8);
    expect(facts.rows[2]?.x).toBe(-4);
    expect(Math.abs(facts.rows[2]?.dga10 ?? NaN)).toBeGreaterThan(10 * Math.abs(facts.rows[2]?.dga20 ?? NaN));
  });
});
