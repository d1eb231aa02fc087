import { describe, expect, it } from 'vitest';
import { stepInto } from '../../../../src/solver';
import { defaults } from '../../../../components/widgets/runtime/params';
import { computeTraining } from '../../../../components/widgets/training/compute';
import { MAIN_THREAD_MS } from '../../../../components/widgets/training/cost';
import { trainingTable } from '../../../../components/widgets/training/table';
import { computeDetail, detailMs } from '../../../../components/widgets/stepInto/compute';
import { innerRecords } from '../../../../components/widgets/stepInto/records';
import { innerStepText, innerTitle, sumText } from '../../../../components/widgets/stepInto/text';

const article = computeTraining({ ...defaults(trainingTable), epochs: 20 });
const history = article.result.history;

describe('step-into records', () => {
  it('plays each sample’s inner steps 0…M, then one record for the sum', () => {
    const detail = computeDetail({ params: article.params, history, k: 2 });
    const recs = innerRecords(detail, 10);
    expect(recs).toHaveLength(detail.samples.length * 11 + 1);
    expect(recs[0]).toEqual({ kind: 'inner', i: 0, n: 0 });
    expect(recs[10]).toEqual({ kind: 'inner', i: 0, n: 10 });
    expect(recs[11]).toEqual({ kind: 'inner', i: 1, n: 0 });
    expect(recs.at(-1)).toEqual({ kind: 'sum' });
  });
});

describe('step-into compute', () => {
  it('is the solver’s detail of update k, from the records up to k', () => {
    expect(computeDetail({ params: article.params, history: history.slice(0, 4), k: 3 })).toEqual(
      stepInto(article.params, article.result, 3),
    );
  });

  it('computes one update on the main thread, and a long momentum replay in a worker', () => {
    expect(detailMs({ params: article.params, history, k: 20 })).toBeLessThanOrEqual(MAIN_THREAD_MS);
    const momentum = computeTraining({ ...defaults(trainingTable), optimizer: 'momentum', epochs: 20 });
    const late = { params: { ...momentum.params, epochs: 5000 }, history: momentum.result.history, k: 5000 };
    expect(detailMs(late)).toBeGreaterThan(MAIN_THREAD_MS);
    expect(detailMs({ ...late, k: 0 })).toBeLessThan(detailMs(late));
  });
});

describe('step-into text', () => {
  const detail = computeDetail({ params: article.params, history, k: 2 });

  it('names the update and fills the tangent recursion’s slots from the detail', () => {
    expect(innerTitle(detail)).toMatch(/^Inside update 2: /);
    const step = innerStepText(detail, article.params, 0, 0);
    expect(step?.slots.n).toBe('0');
    expect(step?.slots.n1).toBe('1');
    expect(step?.last).toBe(false);
    expect(innerStepText(detail, article.params, 0, 20)?.last).toBe(true);
    expect(innerStepText(detail, article.params, 99, 0)).toBeNull();
  });

  it('says when the clamp a ≥ 0.5 moved the update, and only then', () => {
    expect(sumText(detail, article.params)).toContain('∂T/∂a');
    expect(sumText({ ...detail, clamped: [true, false] }, article.params)).toContain('clamp');
    expect(sumText({ ...detail, clamped: [false, false] }, article.params)).not.toContain('clamp');
  });
});
