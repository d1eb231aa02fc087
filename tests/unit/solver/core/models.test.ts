import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericKernel } from '../../../../src/solver/core/lossKernel.ts';
import { linearKernel } from '../../../../src/solver/core/linearKernel.ts';
import { getModel, isLinear, linearModel, models, MODEL_NAMES } from '../../../../src/solver/index.ts';
import { expectClose } from '../helpers.ts';

const num = (r: number) => fc.double({ min: -r, max: r, noNaN: true });

describe('models', () => {
  it('getModel returns each built-in model by name', () => {
    for (const name of MODEL_NAMES) expect(getModel(name)).toBe(models[name]);
    for (const m of Object.values(models)) expect(m.thetaNames).toEqual(['a', 'b']);
  });

  it('getModel throws a TypeError naming the allowed names', () => {
    expect(() => getModel('quadratic')).toThrow(TypeError);
    expect(() => getModel('quadratic')).toThrow("model must be one of 'linear', 'tanh', 'cubic' (got \"quadratic\")");
  });

  it('isLinear recognises the linear model and copies of it only', () => {
    expect(isLinear(linearModel)).toBe(true);
    expect(isLinear({ ...linearModel })).toBe(true);
    expect(isLinear(models.tanh)).toBe(false);
  });

  it('the hand-written linear kernel equals the dual-number kernel of the linear model', () => {
    const generic = genericKernel(linearModel);
    const out1 = new Float64Array(4);
    const out2 = new Float64Array(4);
    fc.assert(
      fc.property(num(5), num(5), num(10), num(10), (a, b, x, y) => {
        const theta = [a, b];
        expectClose(linearKernel.loss(x, y, theta), generic.loss(x, y, theta), 1e-12);
        expectClose(linearKernel.dLdy(x, y, theta), generic.dLdy(x, y, theta), 1e-12);
        linearKernel.second(x, y, theta, out1);
        generic.second(x, y, theta, out2);
        for (let j = 0; j < 4; j++) expectClose(out1[j]!, out2[j]!, 1e-12);
      }),
    );
  });

  it('the linear kernel predicts exactly what the generic loop predicts', () => {
    const generic = genericKernel(linearModel);
    expect(linearKernel.predict(0, [2, -4], 0.05, 20, 7)).toBe(generic.predict(0, [2, -4], 0.05, 20, 7));
  });
});
