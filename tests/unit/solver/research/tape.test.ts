import { describe, expect, it } from 'vitest';
import { nestedTape, sweepGap, tapeAt } from '../../../../src/solver/research/tape.ts';
import { articleData, gradientAt, train } from '../../../../src/solver/index.ts';

const P = {
  data: articleData(),
  theta0: [2.7, 0] as [number, number],
  beta: 0.005,
  updates: 4,
  alpha: 0.05,
  steps: 20,
  y0: 2,
};

/** The course's gradient at θ(k) of the tape, by `method`, with all 20 inner steps differentiated. */
const courseGradient = (theta: readonly number[], method: 'forward' | 'reverse') =>
  gradientAt({
    model: 'linear',
    data: P.data,
    theta: [...theta],
    inner: { alpha: 0.05, steps: 20, y0: 2 },
    gradient: { method, steps: 20 },
  });

describe('the nested-loop tape', () => {
  const tape = nestedTape(P);

  it('has 2N + 2 records per update, indexed by (k, position)', () => {
    expect(tape.perUpdate).toBe(42);
    expect(tape.records).toHaveLength(4 * 42);
    tape.records.forEach((r, i) => {
      expect(r.k).toBe(Math.floor(i / 42));
      expect(r.position).toBe(i % 42);
      expect(tapeAt(tape, r.k, r.position)).toBe(r);
    });
    expect(tapeAt(tape, 0, 42)).toBeUndefined();
  });

  it('fills the tape forward (n + 1 values a sample) and empties it backward', () => {
    const mem = tape.records.slice(0, 42).map((r) => r.memory);
    expect(mem.slice(0, 21)).toEqual(Array.from({ length: 21 }, (_, n) => 5 * (n + 1)));
    expect(mem.slice(21)).toEqual(Array.from({ length: 21 }, (_, j) => 5 * (20 - j)));
    expect(new Set(tape.records.map((r) => r.forwardMemory))).toEqual(new Set([15]));
  });

  it('reverse and forward mode agree with the course’s gradients at every update', () => {
    for (let k = 0; k < 4; k++) {
      const end = tapeAt(tape, k, 41)!;
      const ref = courseGradient(tape.thetas[k]!, 'reverse');
      expect(end.grad![0]).toBeCloseTo(ref.grad[0]!, 10);
      expect(end.grad![1]).toBeCloseTo(ref.grad[1]!, 10);
      end.samples.forEach((s, i) => {
        expect(s.reverse[0]).toBeCloseTo(s.tangent[0], 12);
        expect(s.reverse[1]).toBeCloseTo(s.tangent[1], 12);
        expect(s.tangent[0]).toBeCloseTo(ref.perSample[i]!.dh[0]!, 12);
      });
    }
  });

  it('records forward mode’s gradient beside reverse mode’s at the end of every sweep, and only there', () => {
    for (const r of tape.records) {
      const end = r.phase === 'backward' && r.n === 0;
      expect(r.forwardGrad === null).toBe(!end);
      expect(sweepGap(r) === null).toBe(!end);
    }
    for (let k = 0; k < 4; k++) {
      const end = tapeAt(tape, k, 41)!;
      const ref = courseGradient(tape.thetas[k]!, 'forward');
      expect(end.forwardGrad![0]).toBeCloseTo(ref.grad[0]!, 10);
      expect(end.forwardGrad![1]).toBeCloseTo(ref.grad[1]!, 10);
      expect(sweepGap(end)!).toBeLessThan(1e-12);
    }
    const end = tapeAt(tape, 0, 41)!;
    expect(sweepGap({ ...end, grad: [end.grad![0] * 1.01, end.grad![1]] })!).toBeGreaterThan(1e-3);
  });

  it('its θ(k) follow the course’s training with M = N', () => {
    const run = train({
      model: 'linear',
      data: P.data,
      theta0: [2.7, 0],
      beta: 0.005,
      epochs: 4,
      inner: { alpha: 0.05, steps: 20, y0: 2 },
      gradient: { method: 'forward', steps: 20 },
    });
    run.history.forEach((h, k) => {
      expect(tape.thetas[k]![0]).toBeCloseTo(h.theta[0]!, 12);
      expect(tape.thetas[k]![1]).toBeCloseTo(h.theta[1]!, 12);
    });
  });

  it('refuses a tape too long to step through', () => {
    expect(() => nestedTape({ ...P, steps: 101 })).toThrow(/steps/);
    expect(() => nestedTape({ ...P, updates: 0 })).toThrow(/updates/);
  });
});
