import { beforeAll, describe, expect, it } from 'vitest';
import { contraction, invert, linearBehaviour } from '../../../src/solver/index.ts';
import { BEHAVIOUR_NAME } from '../../../src/words/index.ts';
import { facts } from '../../../content/lessons/choosing-alpha-and-n.facts.ts';

// Facts are computed on first read; read them all once here, where a slow machine has time.
beforeAll(() => void Object.values(facts), 120_000);

describe('lesson 7 facts: choosing α and N', () => {
  it('c = 1 − 2αa² and the regime follows its sign and size', () => {
    for (const r of facts.alphaTable) {
      expect(r.c).toBeCloseTo(1 - 8 * r.alpha, 12);
      const behaviour =
        r.c === 0 ? 'one-step' : r.c > 0 ? 'monotone' : r.c > -1 ? 'oscillating' : r.c === -1 ? 'cycling' : 'diverging';
      expect(linearBehaviour(r.c)).toBe(behaviour);
      expect(r.regime).toBe(BEHAVIOUR_NAME[linearBehaviour(r.c)]);
    }
    expect(facts.alphaLimit).toBe(0.25);
    expect(facts.alphaBest).toBe(0.125);
  });
  it('step counts are the smallest N with |c|^N·6 ≤ tol', () => {
    const smallest = (c: number, tol: number) => {
      let n = 0;
      while (Math.abs(c) ** n * 6 > tol) n++;
      return n;
    };
    for (const r of facts.alphaTable) expect(r.steps).toBe(Math.abs(r.c) >= 1 ? Infinity : smallest(r.c, 1e-6));
    expect(facts.steps3).toBe(smallest(0.6, 1e-3));
    expect(facts.steps6).toBe(smallest(0.6, 1e-6));
    expect(facts.steps12).toBe(smallest(0.6, 1e-12));
    expect(facts.exerciseSteps).toBe(10);
    expect(facts.firstError).toBe(6);
    expect(facts.error20).toBeCloseTo(6 * 0.6 ** 20, 12);
  });
  it('α = 0.3 iterates grow by −1.4 per step', () => {
    expect(facts.c03).toBeCloseTo(-1.4, 12);
    expect(facts.large1).toBeCloseTo(2 + 6 * -1.4, 10);
    expect(facts.large2).toBeCloseTo(2 + 6 * 1.96, 10);
  });
  it('α = 0.05 keeps the inner loop converging only while |a| < 4.47: just inside converges, just outside diverges', () => {
    expect(facts.stableAMax.toFixed(2)).toBe('4.47');
    expect(contraction(0.05, facts.stableAMax * 0.999)).toBeGreaterThan(-1);
    expect(contraction(0.05, facts.stableAMax * 1.001)).toBeLessThan(-1);
    const run = (a: number) =>
      invert({ model: 'linear', theta: [a, -4], x: 0, alpha: 0.05, steps: 20000, y0: 2 }).status;
    expect(run(facts.stableAMax * 0.99)).toBe('converged');
    expect(run(facts.stableAMax * 1.01)).toBe('diverged');
  });
  it('the try-this labels name the right regimes: α = 0.05 monotone, 0.125 one step, 0.2 oscillating but converging, 0.3 diverging', () => {
    const row = (alpha: number) => facts.alphaTable.find((r) => r.alpha === alpha);
    expect(row(0.05)?.regime).toBe('monotone');
    expect(row(0.125)?.regime).toBe('one step');
    expect(row(0.125)?.steps).toBe(1);
    expect(row(0.2)?.regime).toBe('oscillating');
    expect(Number.isFinite(row(0.2)?.steps)).toBe(true);
    expect(row(0.3)?.regime).toBe('diverging');
  });
  it('α = 0.05 and α = 0.2 share |c| = 0.6 and so need the same number of steps (the symmetry the lesson notes)', () => {
    const row = (alpha: number) => facts.alphaTable.find((r) => r.alpha === alpha);
    expect(Math.abs(facts.c02)).toBeCloseTo(facts.c005, 12);
    expect(row(0.2)?.steps).toBe(row(0.05)?.steps);
    expect(row(0.24)?.steps).toBe(row(0.01)?.steps);
  });
});
