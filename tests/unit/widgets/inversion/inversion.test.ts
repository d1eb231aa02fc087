import { describe, expect, it } from 'vitest';
import { invert } from '../../../../src/solver';
import { defaults } from '../../../../components/widgets/runtime/params';
import { computeInversion, inversionParams } from '../../../../components/widgets/inversion/compute';
import { inversionTable } from '../../../../components/widgets/inversion/table';
import { inversionBadge, inversionText } from '../../../../components/widgets/inversion/text';

const base = defaults(inversionTable);

describe('inversion compute', () => {
  it('hands the solver the table’s values: momentum off by default, on with its μ when chosen', () => {
    expect(inversionParams(base)).toEqual({
      model: 'linear',
      theta: [2, -4],
      x: 0,
      alpha: 0.05,
      steps: 20,
      y0: 8,
      momentum: null,
    });
    expect(inversionParams({ ...base, momentum: 'heavy-ball', mu: 0.9 }).momentum).toEqual({
      kind: 'heavy-ball',
      mu: 0.9,
    });
  });

  it('records the solver’s steps, and a plotted range that holds the start and the minimiser', () => {
    const run = computeInversion(base);
    expect(run.result.steps).toEqual(invert(inversionParams(base)).steps);
    expect(run.f).toHaveLength(run.result.steps.length);
    const [lo, hi] = run.range;
    expect(lo).toBeLessThanOrEqual(8);
    expect(hi).toBeGreaterThanOrEqual(8);
    expect(run.minima.some((m) => m >= lo && m <= hi)).toBe(true);
  });
});

describe('inversion text and badge', () => {
  it('step k fills the update g(n+1) = g(n) − α·∂L/∂y with record k', () => {
    const run = computeInversion(base);
    const t = inversionText(run, 3);
    expect(t.slots.n).toBe('3');
    expect(t.slots.n1).toBe('4');
    expect(t.readout[0]).toEqual(['n', '3']);
    expect(inversionText(run, 500).narration).toBe('');
  });

  it('the badge follows the solver’s regime: converging at α = 0.05, diverging at α = 2', () => {
    expect(inversionBadge(computeInversion(base), 20).tone).toMatch(/^converg/);
    const wild = computeInversion({ ...base, alpha: 2 });
    expect(inversionBadge(wild, wild.result.steps.length - 1).tone).toMatch(/^diverg/);
  });
});
