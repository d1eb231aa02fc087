import { beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../../../content/lessons/four-ways-to-the-gradient.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 12 facts: four gradients', () => {
  it('forward equals reverse, finite differences agree to 1e-6, implicit converges as M grows', () => {
    for (const g of [facts.atStart.M10, facts.atStart.M20]) {
      g.forward.forEach((v, j) => {
        expect(g.reverse[j]).toBeCloseTo(v, 10);
        expect(g.finiteDifference[j]).toBeCloseTo(v, 5);
      });
    }
    const gaps = facts.implicitGapTable.map((r) => Math.abs(r.implicit - r.forward));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(gaps[i - 1] ?? NaN);
    const m2 = facts.implicitGapTable[1];
    expect(Math.sign(m2?.implicit ?? NaN)).not.toBe(Math.sign(m2?.forward ?? NaN));
  });
  it('implicit and forward share the sign at M = 1 but not at M = 2; finite differences agree to 10–11 digits', () => {
    expect(facts.signAgreesAt1).toBe(true);
    expect(facts.signAgreesAt2).toBe(false);
    expect(facts.fdDigits).toBeGreaterThan(9);
    expect(facts.fdDigitsMax).toBeLessThan(12);
    expect(facts.implicitDigits20).toBeGreaterThan(0);
  });
  it('forward and reverse differ only by rounding; at M = 1 forward and implicit are far apart in size', () => {
    expect(facts.reverseGap).toBeLessThan(1e-14);
    const [m1] = facts.implicitGapTable;
    expect(m1?.M).toBe(1);
    expect(Math.abs(m1?.forward ?? NaN)).toBeGreaterThan(5 * Math.abs(m1?.implicit ?? NaN));
  });
});
