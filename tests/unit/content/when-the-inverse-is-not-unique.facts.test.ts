import { beforeAll, describe, expect, it } from 'vitest';
import {
  articleTraining,
  classifyRun,
  invert,
  inversionRegime,
  makeData,
  train,
  trainingTrend,
} from '../../../src/solver/index.ts';
import { facts } from '../../../content/lessons/when-the-inverse-is-not-unique.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 13 facts: several inverses', () => {
  it('the three minimisers are the roots of y³ − 3y − 1 and each start finds a different one', () => {
    expect(facts.cubicRoots).toHaveLength(3);
    for (const y of facts.cubicRoots) expect(y ** 3 - 3 * y - 1).toBeCloseTo(0, 9);
    facts.cubicRuns.forEach((r, i) => expect(r.end).toBeCloseTo(facts.cubicRoots[i] ?? NaN, 5));
  });
  it('tanh with |x − b| ≥ |a| keeps L ≥ 1; the cubic training diverges at α = 0.05', () => {
    expect(facts.tanhDrift.loss).toBeGreaterThan(1);
    expect(facts.tanhDrift.y).toBeGreaterThan(2);
    expect(facts.nonlinearTrain.cubic.status).toBe('diverged');
  });
  it('from y0 = 1 the cubic run never moves, its status is "converged", and the regime says stuck on a hump', () => {
    expect(facts.cubicStuck).toBe(1);
    const params = { model: 'cubic' as const, theta: [1, -3], x: 1, alpha: 0.003, y0: 1 };
    const r = invert({ ...params, steps: 500 });
    expect(r.status).toBe('converged');
    expect(r.steps.every((s) => s.y === 1)).toBe(true);
    expect(inversionRegime(params)).toMatchObject({ stuck: true });
  });
  it('tanh with x = 3 is still moving after 500 steps, ever more slowly', () => {
    const r = invert({ model: 'tanh', theta: [2, 0], x: 3, alpha: 0.05, steps: 500, y0: 0 });
    const v = classifyRun(
      r.steps.map((s) => ({ x: [s.y], value: s.loss, grad: [s.grad] })),
      { step: 0.05 },
    );
    expect(v.kind).toBe('plateau');
    expect(v.moveRatio).toBeLessThan(1);
    expect(v.move).toBeGreaterThan(0);
  });
});

describe('lesson 13: how a larger α leaves a basin', () => {
  it('α = 0.01 from y0 = 2 stays in its basin; the first jumps come at α = 0.02 from −2 and 0.03 from 2', () => {
    expect(facts.at001FromTwo).toMatchObject({ status: 'converged', jumped: false });
    expect(facts.at001FromMinusTwo).toMatchObject({ status: 'converged', jumped: false });
    expect(facts.at001FromMinusTwo.end).toBeCloseTo(-1.5321, 4);
    expect(facts.firstJumpFromMinusTwo).toBe(0.02);
    expect(facts.firstJumpFromTwo).toBe(0.03);
  });
  it('from −2 the first step itself crosses the hump at −1 into the middle basin', () => {
    expect(facts.firstStepFromMinusTwo).toBeGreaterThan(-1);
    expect(facts.firstStepFromMinusTwo).toBeLessThan(1);
    expect(facts.jumpFromMinusTwo.end).toBeCloseTo(-0.3473, 4);
  });
  it('from 2 the first step stays in its basin; the valley is too steep for α above 2/∂²L/∂y²', () => {
    expect(facts.firstStepFromTwo).toBeGreaterThan(1);
    // ∂²L/∂y² = 2·f′(y*)² at a root of f(y) = x, f′ = 3y² − 3
    const root = facts.at001FromTwo.end;
    expect(facts.curvatureRight).toBeCloseTo(2 * (3 * root * root - 3) ** 2, 6);
    expect(facts.stableAlphaRight).toBeGreaterThan(0.01);
    expect(facts.stableAlphaRight).toBeLessThan(0.02);
    // at α = 0.02 it keeps bouncing inside the valley, at 0.03 it leaves
    expect(facts.bounceFromTwo.status).not.toBe('converged');
    expect(facts.bounceFromTwo.end).toBeGreaterThan(1);
    expect(facts.jumpFromTwo).toMatchObject({ status: 'converged', jumped: true });
  });
  it('at α = 0.06 the run from −2 leaves the bounds', () => {
    expect(facts.outFromMinusTwo.status).toBe('diverged');
  });
  it('the tanh training run ends with T climbing (the M = 10 gradient points uphill), not an overshoot by β', () => {
    expect(facts.tanhEndTrend).toBe('climbing');
  });
  it('none of the nonlinear training runs recovers (2, −4); the cubic with α = 0.001 is still creeping', () => {
    for (const r of [facts.nonlinearTrain.cubicSmall, facts.nonlinearTrain.tanh]) {
      expect(Math.hypot(r.a - 2, r.b + 4)).toBeGreaterThan(0.1);
    }
    const data = makeData({ model: 'cubic', theta: [2, -4], count: 5, sigma: 0, seed: 1 });
    const small = train({ ...articleTraining(), model: 'cubic', data, inner: { alpha: 0.001, steps: 20, y0: 2 } });
    const k = small.history.length - 1;
    expect(trainingTrend(small, k, 0.005, { model: 'cubic', alpha: 0.001, steps: 20 }).trend).toBe('creeping');
  });
  it("the tanh run: three of the five samples lie outside the model's range at the start and still at the end; T climbs at every update from 2136 on", () => {
    expect(facts.tanhOutside).toEqual({ count: 5, start: 3, end: 3 });
    expect(facts.tanhClimbsFrom).toBeGreaterThan(2000);
    expect(facts.tanhClimbsFrom).toBeLessThan(2500);
  });
});
