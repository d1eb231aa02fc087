import { beforeAll, describe, expect, it } from 'vitest';
import { articleTraining, train } from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/the-clamp.facts.ts';
import { facts as lesson8 } from '../../../content/lessons/why-not-exactly-two.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 9 facts: the clamp', () => {
  it('c = 0.975 at a = 0.5 and the step counts follow from it', () => {
    expect(facts.cSmall).toBeCloseTo(0.975, 12);
    expect(facts.left20Small).toBeCloseTo(0.975 ** 20, 12);
    expect(0.975 ** facts.stepsSmall * 8).toBeLessThanOrEqual(1e-6);
    expect(0.975 ** (facts.stepsSmall - 1) * 8).toBeGreaterThan(1e-6);
    expect(0.6 ** facts.stepsArticle * 2).toBeLessThanOrEqual(1e-6);
  });
  it('with the clamp a small start is pinned at a = 0.5; without it a dips below 0', () => {
    expect(facts.onA).toBe(0.5);
    expect(facts.onT).toBeGreaterThan(1);
    expect(facts.offMinA).toBeLessThan(0);
    expect(facts.articleOffA).toBeCloseTo(lesson8.article.a, 9);
    // 'the path never comes near' the wall: it stays above 1.9, nearly four times the wall's 0.5.
    expect(facts.articleOffMinA).toBeGreaterThan(1.9);
  });
  it('with the clamp on from a0 = 0.3, the first update puts a on the wall', () => {
    expect(train({ ...articleTraining(), theta0: [0.3, 0], epochs: 1 }).history[1]?.theta[0]).toBe(0.5);
  });
  it('clamp off from a0 = 0.3 ends in a period-2 oscillation between a ≈ 0.2453 and 0.3079 with |∂T/∂a| ≈ 12.5', () => {
    expect(facts).toMatchObject({ offKind: 'oscillating', offPeriod: 2 });
    expect(facts.offLowA).toBeCloseTo(0.2453, 4);
    expect(facts.offHighA).toBeCloseTo(0.3079, 4);
    expect(facts.offGradA).toBeGreaterThan(12);
    expect([facts.offLowA, facts.offHighA]).toContain(facts.offA);
  });
  it('a = 2(1 − c²⁰) has a second exact root a ≈ 0.267410, b ≈ −0.534819 with T ≈ 0, and β = 0.001 approaches it', () => {
    expect(facts.roots).toHaveLength(2);
    expect(facts.secondA).toBeCloseTo(0.26741, 5);
    expect(facts.secondB).toBeCloseTo(-0.534819, 5);
    expect(facts.secondT).toBeLessThan(1e-25);
    expect(Math.abs(facts.slowA - facts.secondA)).toBeLessThan(1e-3);
    expect(facts.slowT).toBeLessThan(1e-6);
    expect(facts.slowUpdates).toBe(20000);
  });
  it('the period-2 cycle straddles the second root, and both lie below the wall a = 0.5', () => {
    expect(facts.offLowA).toBeLessThan(facts.secondA);
    expect(facts.secondA).toBeLessThan(facts.offHighA);
    expect(facts.offHighA).toBeLessThan(0.5);
  });
  it('with the clamp on, a is held at the wall (classifier: stuck on component a)', () => {
    expect(facts.onKind).toBe('stuck');
    expect(facts.onHeld).toEqual([0]);
  });
  it('with 20 steps at a = 0.5 the prediction covers only 40 % of its way from y0 (60 % of the error left)', () => {
    expect((100 * facts.left20Small).toFixed(0)).toBe('60');
    expect((100 * (1 - facts.left20Small)).toFixed(0)).toBe('40');
  });
});
