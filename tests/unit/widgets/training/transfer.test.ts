import { describe, expect, test } from 'vitest';
import { defaults, valuesOf } from '../../../../components/widgets/runtime/params';
import { computeTraining, trainingModel } from '../../../../components/widgets/training/compute';
import { trainingTable } from '../../../../components/widgets/training/table';
import { packRun, unpackRun } from '../../../../components/widgets/training/transfer';
import { loadTypedModels } from '../../../../components/widgets/training/typedModel';
import type { Model } from '../../../../src/solver';

const base = defaults(trainingTable);

describe('a training run packed for the trip from the worker', () => {
  test.each([
    ['the article’s run', {}],
    ['a clamped nonlinear run with Adam', { model: 'tanh', epochs: 40, a0: 0.6, optimizer: 'adam' }],
    ['a run that diverges', { beta: 0.1, epochs: 300 }],
  ])('%s comes back equal, step for step', (_, changes) => {
    const run = computeTraining({ ...base, ...changes });
    const packed = structuredClone(packRun(run));
    expect(packed.T).toBeInstanceOf(Float64Array);
    expect(unpackRun(packed)).toStrictEqual(run);
  });

  test('a typed model crosses as its text and is compiled again on the page', async () => {
    await loadTypedModels();
    const values = { ...base, model: 'custom', f: 'a*tanh(y)+b', epochs: 30 };
    const run = computeTraining(values);
    const packed = structuredClone(packRun(run));
    expect(packed.run.params.model).toEqual({ typed: 'a*tanh(y)+b' });
    expect(() => unpackRun(packed)).toThrow(/compiler/);
    const back = unpackRun(packed, () => trainingModel(valuesOf(trainingTable, values)) as Model);
    expect(back).toStrictEqual(run);
  });

  test('the history crosses as typed arrays, not as one object per step', () => {
    const packed = packRun(computeTraining(base));
    expect(packed.T.length).toBe(2501);
    expect(packed.theta.length).toBe(2 * 2501);
    expect('history' in packed.run.result).toBe(false);
  });
});
