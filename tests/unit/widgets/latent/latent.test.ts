import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../../src/solver';
import { defaults } from '../../../../components/widgets/runtime/params';
import { latentBadge, latentRun, latentText, trainingValues } from '../../../../components/widgets/latent/compute';
import { latentTable } from '../../../../components/widgets/latent/table';
import { computeTraining } from '../../../../components/widgets/training/compute';

describe('latent explorer', () => {
  const v = { ...defaults(latentTable), epochs: 50, y: 1.5 };
  const run = latentRun(computeTraining(trainingValues(v)), v);

  it('follows the training with the explorer’s own N, K and start', () => {
    expect(trainingValues({ ...v, a0: 1 })).toMatchObject({ epochs: 50, a0: 1, N: 20, beta: 0.005 });
  });

  it('generates x = f(y) under θ(k) for every k, and under the truth (2, −4)', () => {
    const h = run.training.result.history;
    expect(run.generated).toHaveLength(h.length);
    expect(run.generated[10]).toBeCloseTo(evaluateModel('linear', h[10]?.theta ?? [], 1.5), 12);
    expect(run.truth).toBeCloseTo(2 * 1.5 - 4, 12);
  });

  it('text names update k; the badge says before or after training', () => {
    expect(latentText(run, 5).slots.k).toBe('5');
    expect(latentBadge(0).label).toMatch(/Before/);
    expect(latentBadge(7).label).toMatch(/7/);
  });
});
