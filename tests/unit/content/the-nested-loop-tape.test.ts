import { describe, expect, it } from 'vitest';
import { tapeFacts, TAPE } from '../../../content/lessons/the-nested-loop-tape.facts.ts';
import { train } from '../../../src/solver/index.ts';

describe('the numbers “The nested-loop tape” quotes', () => {
  const F = tapeFacts();

  it('2N + 2 positions an update, and at most 5 × (N + 1) values on the tape', () => {
    expect(F.perUpdate).toBe(2 * TAPE.steps + 2);
    expect(F.records).toBe(TAPE.updates * F.perUpdate);
    expect(F.maxMemory).toBe(F.samples * (TAPE.steps + 1));
    expect(F.forwardMemory).toBe(3 * F.samples);
    expect(F.wholeTraining).toBe(2500 * 105);
    // "forward mode is the cheaper one": fewer values than the tape's peak.
    expect(F.forwardMemory).toBeLessThan(F.maxMemory);
  });

  it('the sweep’s gradient is the course’s, and θ(1) is the course’s first update', () => {
    expect(F.agreement).toBeLessThan(1e-9);
    expect(F.grad0[0]).toBeCloseTo(F.course0[0]!, 9);
    const run = train({
      model: 'linear',
      data: TAPE.data,
      theta0: TAPE.theta0,
      beta: TAPE.beta,
      epochs: 1,
      inner: { alpha: TAPE.alpha, steps: TAPE.steps, y0: TAPE.y0 },
      gradient: { method: 'reverse', steps: TAPE.steps },
    });
    expect(F.theta1[0]).toBeCloseTo(run.history[1]!.theta[0]!, 12);
    expect(F.theta1[1]).toBeCloseTo(run.history[1]!.theta[1]!, 12);
  });
});
