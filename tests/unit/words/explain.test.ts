import { describe, expect, it } from 'vitest';
import { unstableFactorClause } from '../../../src/words/explain.ts';
import {
  articleTraining,
  inversionBadgeWords,
  inversionRegime,
  invert,
  train,
  type InversionParams,
} from '../../../src/solver/index.ts';

const linear = { model: 'linear' as const, theta: [2, -4], x: 0 };
const badge = (p: InversionParams, k?: number) => {
  const result = invert(p);
  return inversionBadgeWords(result, inversionRegime(p), k ?? result.steps.length - 1);
};

describe('the words layer', () => {
  it('writes the α·a² > 1 sentence once: regime, inversion and training reasons share the same clause', () => {
    const clause = unstableFactorClause(0.3, 2);
    expect(inversionRegime({ ...linear, alpha: 0.3 }).reason).toContain(clause);
    expect(invert({ ...linear, alpha: 0.3, steps: 200, y0: 7 }).reason).toContain(clause);
    const blown = train({ ...articleTraining(), theta0: [1e5, 0], clamp: null, epochs: 5 });
    expect(blown).toMatchObject({ status: 'diverged', divergedAt: 0 });
    expect(blown.reason).toContain(unstableFactorClause(0.05, 1e5));
    // Leaving the box from an unstable inner loop blames the inner loop, not β.
    const escaped = train({ ...articleTraining(), theta0: [6, 0], clamp: null, epochs: 5 });
    expect(escaped.reason).toMatch(/inner loop was unstable .* not β\.$/);
  });

  it('labels an answer beyond the bounds "Out of bounds", a c = −1 run a 2-cycle, a hump "Stuck on a hump"', () => {
    expect(badge({ ...linear, x: 1e13, alpha: 0.05, steps: 200, y0: 0 }).label).toMatch(
      /^Out of bounds after step \d+: step \d+ leaves them\.$/,
    );
    expect(badge({ ...linear, alpha: 0.25, steps: 20, y0: 8 }).label).toBe('Oscillating for ever (period 2).');
    const hump = badge({ model: 'cubic', theta: [1, -3], x: 1, alpha: 0.003, steps: 50, y0: 1 });
    expect(hump.label).toBe('Stuck on a hump.');
    expect(badge({ ...linear, theta: [0, -4], alpha: 0.05, steps: 20, y0: 8 }).label).toBe('Stuck.');
  });

  it('names the last recorded step as the step counter does, and the step that left the bounds', () => {
    const p: InversionParams = { ...linear, alpha: 1, steps: 20, y0: 8 };
    const run = invert(p);
    expect(run.status).toBe('diverged');
    const last = run.steps.length - 1;
    const words = badge(p, last);
    expect(words.label).toBe(`Diverged after step ${last}: step ${run.divergedAt} leaves the bounds.`);
    expect(run.divergedAt).toBe(last + 1);
  });

  it('does not call a run with a = 1e−7 converged at y ≈ 1e−13 (y* = 1)', () => {
    const w = badge({ model: 'linear', theta: [1e-7, 0], x: 1e-7, alpha: 0.05, steps: 200, y0: 0 });
    expect(w.label).toBe('Converging.');
    expect(w.reason).toMatch(/keeps 99\.9+\d*% of its size/);
  });
});
