import { describe, expect, it } from 'vitest';
import { invert, inversionRegime } from '../../../src/solver/index.ts';
import {
  describeRun,
  divergenceWords,
  inversionReason,
  inversionWords,
  regimeReason,
} from '../../../src/words/index.ts';

const linear = { model: 'linear' as const, theta: [2, -4], x: 0 };
const reasonAt = (alpha: number, extra: object = {}) => regimeReason(inversionRegime({ ...linear, alpha, ...extra }));

describe('inversionWords: one template per regime finding', () => {
  it('diverging line: the numbers a student can check', () => {
    expect(reasonAt(0.3)).toBe(
      'α·a² = 1.2 > 1, so each step multiplies the error y − y* by c = 1 − 2αa² = −1.4 (|c| > 1): the iterate zig-zags ever further from y* = (x − b)/a = 2.',
    );
  });
  it('c = −1 is a bounded 2-cycle', () => expect(reasonAt(0.25)).toContain('bounded 2-cycle'));
  it('never prints α·a² = 0.9996 as 1 (numbers are not rounded into a different claim)', () => {
    expect(reasonAt(0.2499)).toMatch(/^α·a² = 0\.9996,/);
  });
  it('a = 0: no y reproduces x', () => {
    expect(regimeReason(inversionRegime({ ...linear, theta: [0, -4], alpha: 0.05, y0: 8 }))).toContain(
      'no y reproduces x',
    );
  });
  it('tanh without an inverse', () => {
    expect(regimeReason(inversionRegime({ model: 'tanh', theta: [1, 0], x: 1.5, alpha: 0.1 }))).toContain(
      'No y gives f(y) = x',
    );
  });
  it('momentum names its kind and μ', () => {
    expect(reasonAt(0.3, { momentum: { kind: 'heavy-ball', mu: 0.5 } })).toContain('heavy-ball momentum μ = 0.5');
  });
  it('a hump of the cubic loss', () => {
    const r = inversionRegime({ model: 'cubic', theta: [1, -3], x: -2, alpha: 0.01, y0: -1 });
    expect(regimeReason(r)).toMatch(/Stuck on a hump/);
  });
  it('a probe run that diverged says why, or that it diverged', () => {
    const divergence = { kind: 'unstable-line' as const, alpha: 0.3, a: 2, n: 7 };
    expect(inversionWords({ kind: 'diverged-run', divergence })).toBe(divergenceWords(divergence));
    expect(inversionWords({ kind: 'diverged-run' })).toBe('The run diverged.');
    expect(inversionWords({ kind: 'steep-way', divergence, yMin: 1, c: 0.5 })).toMatch(
      /^α·a² = 1\.2 > 1.* it is the steep loss on the way there that throws the iterate out\.$/,
    );
  });
});

describe('divergenceWords and describeRun', () => {
  it('an answer beyond the bounds is out of bounds, not unstable (x = 1e13)', () => {
    const r = invert({ ...linear, x: 1e13, alpha: 0.05, steps: 200, y0: 0 });
    const reason = inversionReason(r) ?? '';
    expect(reason).toMatch(/^The answer y\* = \(x − b\)\/a = 5e12 lies outside the solver's bounds ±1e12/);
    expect(reason).not.toMatch(/steeper|unstable:/);
  });
  it('every diverged run names the step it left the bounds', () => {
    const r = invert({ model: 'cubic', theta: [1, -3], x: 0.5, alpha: 5, steps: 300, y0: 2 });
    expect(r.status).toBe('diverged');
    expect(inversionReason(r)).toMatch(new RegExp(`at step ${r.divergedAt}\\.$`));
  });
  it('describeRun sums up a run in one sentence', () => {
    const run = invert({ ...linear, alpha: 0.05, steps: 200, y0: 7 });
    expect(describeRun(run, linear)).toMatch(/^Converged after 200 steps: y = 2,/);
    const bad = invert({ ...linear, alpha: 0.3, steps: 200, y0: 7 });
    expect(describeRun(bad, linear)).toMatch(/^Diverged\. α·a² = 1\.2 > 1/);
  });
});
