import { beforeAll, describe, expect, it } from 'vitest';
import { articleTraining, classifyRun, train } from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';
import { formatFixed } from '../../../content/lessons/facts/shared.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

const alpha = 0.05;

describe('lesson 3 facts: training through the inversion', () => {
  it('one forward step at θ0 = (2.7, 0) for x = 0 from g(0) = 2 matches the hand derivation', () => {
    expect(facts.dga1).toBeCloseTo(-2 * alpha * (2 * 2.7 * 2), 12);
    expect(facts.dgb1).toBeCloseTo(-2 * alpha * 2.7, 12);
    expect(facts.g1Sample).toBeCloseTo(2 - 2 * alpha * 2.7 * (2.7 * 2), 12);
    expect(facts.dgb2).toBeCloseTo(facts.dgb1 - 2 * alpha * (2.7 * 2.7 * facts.dgb1 + 2.7), 12);
  });
  it('the article run learns the truncated fixed point (1.99993, −3.99985) with T ≈ 0', () => {
    expect(facts.learnedA).toBeCloseTo(facts.fixedPointA, 9);
    expect(facts.learnedB).toBeCloseTo(facts.fixedPointB, 9);
    expect(formatFixed(facts.learnedA, 5)).toBe('1.99993');
    expect(formatFixed(facts.learnedB, 5)).toBe('−3.99985');
    expect(facts.learnedA.toFixed(5)).toBe('1.99993');
    expect(facts.learnedB.toFixed(5)).toBe('-3.99985');
    expect(facts.endT).toBeLessThan(1e-20);
    expect(facts.startT).toBeGreaterThan(facts.endT);
    expect(facts.tinyTAt).toBeGreaterThan(0);
  });
  it('from a0 = 0.6 the run ends on the clamp a = 0.5; with β = 0.02 it converges', () => {
    expect(facts.smallStartA).toBe(0.5);
    expect(facts.smallStartT).toBeGreaterThan(1);
    expect(facts.fastBetaStatus).toBe('converged');
  });
  it('from a0 = 0.6 the run is put on the clamp at once and held there', () => {
    const r = train({ ...articleTraining(), theta0: [0.6, 0] });
    expect(r.history[1]?.theta[0]).toBe(0.5);
    const v = classifyRun(
      r.history.map((s) => ({ x: s.theta, value: s.T, grad: s.grad })),
      { step: 0.005 },
    );
    expect(v).toMatchObject({ kind: 'stuck', held: [0] });
  });
  it('at a = 0.3 twenty inner steps leave most of the distance from y0 (the guess barely moves)', () => {
    expect(facts.leftAtSmallA).toBeGreaterThan(0.8);
  });
});
