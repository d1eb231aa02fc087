import { describe, expect, it } from 'vitest';
import { ARTICLE_UPDATES, tapeFacts, TAPE } from '../../../content/lessons/the-nested-loop-tape.facts.ts';
import { articleTraining, nestedTape, tapeAt, train } from '../../../src/solver/index.ts';

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

  it('every update: the tape holds 5(n + 1) values going forward, 5n sweeping back, and is empty when the sweep ends', () => {
    const tape = nestedTape(TAPE);
    for (const r of tape.records) {
      expect(r.memory).toBe(F.samples * (r.phase === 'forward' ? r.n + 1 : r.n));
      expect(r.forwardMemory).toBe(F.forwardMemory);
    }
    for (let k = 0; k < TAPE.updates; k++) expect(tapeAt(tape, k, tape.perUpdate - 1)?.memory).toBe(0);
    // The prediction's cell (TryThis k = N): the last forward cell of the first row holds the peak.
    const peak = tape.records[TAPE.steps];
    expect([peak?.phase, peak?.n, peak?.memory]).toEqual(['forward', TAPE.steps, F.maxMemory]);
  });

  it('at the end of every sweep each sample’s reverse sum equals its forward tangent, and ∂T/∂θ agrees with forward mode', () => {
    const tape = nestedTape(TAPE);
    for (let k = 0; k < TAPE.updates; k++) {
      const end = tapeAt(tape, k, tape.perUpdate - 1);
      for (const s of end?.samples ?? []) {
        expect(Math.abs(s.reverse[0] - s.tangent[0])).toBeLessThan(1e-9);
        expect(Math.abs(s.reverse[1] - s.tangent[1])).toBeLessThan(1e-9);
      }
      expect(Math.abs((end?.grad?.[0] as number) - (end?.forwardGrad?.[0] as number))).toBeLessThan(1e-9);
      expect(Math.abs((end?.grad?.[1] as number) - (end?.forwardGrad?.[1] as number))).toBeLessThan(1e-9);
    }
  });

  it('the whole-training count uses the article’s number of updates; M = 10 gives 22 positions (the exercise)', () => {
    expect(ARTICLE_UPDATES).toBe(articleTraining().epochs);
    expect(nestedTape({ ...TAPE, steps: 10 }).perUpdate).toBe(2 * 10 + 2);
  });
});
