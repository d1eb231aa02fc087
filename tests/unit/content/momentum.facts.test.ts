import { beforeAll, describe, expect, it } from 'vitest';
import { facts, updatesToTolerance } from '../../../content/lessons/momentum.facts.ts';
import { facts as lesson7 } from '../../../content/lessons/choosing-alpha-and-n.facts.ts';
import { facts as lesson8 } from '../../../content/lessons/why-not-exactly-two.facts.ts';
import { facts as lesson9 } from '../../../content/lessons/the-clamp.facts.ts';
import { articleRun } from '../../../content/lessons/facts/shared.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 10 facts: momentum', () => {
  it('plain inner descent matches stepsForAccuracy and every momentum helps on the flat loss', () => {
    expect(facts.innerTable[0]?.steep).toBe(lesson7.steps6);
    expect(facts.innerTable[0]?.flat).toBe(lesson9.stepsSmall);
    for (const r of facts.innerTable.slice(1)) expect(r.flat).toBeLessThan(lesson9.stepsSmall);
  });
  it('outer momentum with β = 0.005 gets stuck at the clamp; the others train', () => {
    for (const r of facts.outerTable) {
      if (r.kind === 'momentum' && r.beta === 0.005) expect(r.updates).toBe(Infinity);
      else expect(r.a).toBeCloseTo(lesson8.article.a, 5);
    }
  });
  it('rows 0, 2 and 4 are plain, heavy ball μ = 0.9 and Nesterov μ = 0.9; both μ = 0.9 need more steps than plain', () => {
    const [plain, , heavy, , nesterov] = facts.innerTable;
    expect([plain?.label, heavy?.label, nesterov?.label]).toEqual([
      'plain gradient descent',
      'heavy ball, μ = 0.9',
      'Nesterov, μ = 0.9',
    ]);
    expect(heavy?.steep).toBeGreaterThan(100);
    expect(nesterov?.steep).toBeGreaterThan(plain?.steep ?? Infinity);
  });
  it('large μ rings on the steep loss for hundreds of steps; momentum with β = 0.001 beats the article; gd with β = 0.05 is quickest; Adam trains at both β but is not the quickest', () => {
    const plain = facts.innerTable[0];
    const heavy09 = facts.innerTable.find((r) => r.label === 'heavy ball, μ = 0.9');
    expect(heavy09?.steep).toBeGreaterThan(100);
    expect(heavy09?.steep).toBeGreaterThan(plain?.steep ?? Infinity);
    const [article, fastGd, , slowMomentum, adam1, adam2] = facts.outerTable.map((r) => r.updates);
    expect(slowMomentum).toBeLessThan(article ?? NaN);
    const finite = facts.outerTable.map((r) => r.updates).filter(Number.isFinite);
    expect(fastGd).toBe(Math.min(...finite));
    expect(Number.isFinite(adam1) && Number.isFinite(adam2)).toBe(true);
    expect(Math.min(adam1 ?? NaN, adam2 ?? NaN)).toBeGreaterThan(fastGd ?? NaN);
  });
  it('updatesToTolerance is the first update after which T stays below the tolerance', () => {
    const run = articleRun();
    const k = updatesToTolerance(run, 1e-8);
    expect(run.history[k]?.T).toBeLessThan(1e-8);
    expect(run.history[k - 1]?.T).toBeGreaterThanOrEqual(1e-8);
    expect(updatesToTolerance(run, 0)).toBe(Infinity);
  });
});
