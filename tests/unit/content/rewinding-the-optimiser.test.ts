import { describe, expect, it } from 'vitest';
import { BASE, fx, rewindFacts } from '../../../content/lessons/rewinding-the-optimiser.facts.ts';
import { rewind } from '../../../src/solver/index.ts';

describe('the numbers “Rewinding the optimiser” quotes', () => {
  const F = rewindFacts();

  it('measures about 0.737 bits lost a step at c = 0.6, as log₂(1/c) predicts', () => {
    expect(fx(F.bitsTheory, 3)).toBe('0.737');
    expect(Math.abs(F.bits - F.bitsTheory)).toBeLessThan(0.03);
  });

  it('loses the start after about 70 steps (53 bits / 0.737 bits a step, less the start’s own size)', () => {
    expect(F.lostAfter).toBeGreaterThanOrEqual(65);
    expect(F.lostAfter).toBeLessThanOrEqual(80);
    expect([F.yStar, F.span]).toEqual([2, 6]);
    expect(F.error20).toBeGreaterThan(0);
    expect(F.error20).toBeLessThan(1e-9);
  });

  it('with μ = 0.9 the pair loses log₂(1/0.9) ≈ 0.152 bits a step, g about half of that', () => {
    expect(fx(F.momentum.pairTheory, 3)).toBe('0.152');
    expect(Math.abs(F.momentum.bits - F.momentum.pairTheory / 2)).toBeLessThan(0.02);
    expect(F.momentum.lostAfter).toBeGreaterThan(5 * F.lostAfter);
    // Measured, not assumed: at μ = 0.9 the start may outlive the longest run the solver rewinds.
    expect(F.momentum.lostWords).toBe(
      Number.isFinite(F.momentum.lostAfter)
        ? `until N = ${F.momentum.lostAfter}`
        : 'past N = 1000, the longest run the solver rewinds',
    );
  });

  it('from N = lostAfter on the start stays lost (every N up to 100 steps later); 53 bits / log₂(1/c) predicts it within 3 steps', () => {
    const span = F.span;
    for (let N = F.lostAfter; N <= F.lostAfter + 100; N++) {
      expect(rewind({ ...BASE, steps: N }).steps[0]?.error).toBeGreaterThanOrEqual(span);
    }
    expect(rewind({ ...BASE, steps: F.lostAfter - 1 }).steps[0]?.error).toBeLessThan(span);
    expect(Math.abs(F.lostAfter - Math.round(53 / F.bitsTheory))).toBeLessThanOrEqual(3);
  });

  it('with momentum the bits lost a step do not depend on the slope a; after 1000 steps the start still misses by less than the span', () => {
    for (const m of F.momentum.bitsAt) expect(Math.abs(m.bits - F.momentum.bits)).toBeLessThan(0.005);
    expect(F.momentum.bits).toBeLessThan(F.bits / 5);
    if (!Number.isFinite(F.momentum.lostAfter)) {
      expect(F.momentum.errorAtMax).toBeLessThan(F.span);
      expect(F.momentum.errorAtMax).toBeGreaterThan(1e-3);
    }
  });

  it('at c = 0.8 the start survives the rewind that loses it at c = 0.6', () => {
    expect(F.gentle.errorAtLost).toBeLessThan(1e-3 * F.span);
  });

  it('at c = 0.8 the measured loss is about log₂(1/0.8) ≈ 0.322 bits', () => {
    expect(F.gentle.c).toBeCloseTo(0.8, 15);
    expect(Math.abs(F.gentle.bits - Math.log2(1 / 0.8))).toBeLessThan(0.03);
  });

  it('reverse mode stores N + 1 values, forward mode a constant', () => {
    expect([F.memory.reverse20, F.memory.reverse100, F.memory.forward]).toEqual([21, 101, 2]);
  });
});
