import { describe, expect, it } from 'vitest';
import type { ModelProblem } from '../../../../src/solver/core/modelProblem.ts';
import { typedModel, type CustomModel } from '../../../../src/solver/core/typedModel.ts';
import {
  compareGradients,
  invert,
  makeData,
  stepIntoAt,
  tanhModel,
  train,
  type TrainParams,
} from '../../../../src/solver/index.ts';
import { expectAllClose } from '../helpers.ts';

const points = { ys: [-2, -1, 0, 1, 2], theta: [2, -4] };

function typed(source: string): CustomModel {
  const r = typedModel(source, points);
  if (!r.ok) throw new Error(`${source}: ${r.problem.kind}`);
  return r.value;
}

function problem(source: string, at = points): ModelProblem {
  const r = typedModel(source, at);
  if (r.ok) throw new Error(`${source} was accepted`);
  return r.problem;
}

const sine = typed('a*sin(y)+b');
const data = makeData({ model: sine, theta: [2, -4], count: 5, sigma: 0, seed: 1 });
const run = (model: TrainParams['model']): TrainParams => ({
  model,
  data,
  theta0: [2.7, -3],
  beta: 0.005,
  epochs: 40,
  inner: { alpha: 0.05, steps: 20, y0: 0 },
  gradient: { method: 'forward', steps: 10 },
});

describe('a typed model in every solver path', () => {
  it('inverts a*sin(y)+b: the iterate reaches the y with f(y) = x', () => {
    const r = invert({ model: sine, theta: [2, -4], x: 2 * Math.sin(0.5) - 4, alpha: 0.1, steps: 200, y0: 0 });
    expect(r.steps.at(-1)!.y).toBeCloseTo(0.5, 8);
  });

  it('trains a typed a*tanh(y)+b to the same numbers as the built-in tanh model', () => {
    expect(train(run(typed('a*tanh(y)+b'))).history).toEqual(train(run(tanhModel)).history);
  });

  it('agrees across the four gradient methods on a*sin(y)+b', () => {
    // θ near the truth (2, −4), where every xᵢ has an inverse with cos(y*) ≠ 0.
    for (const theta of [
      [2.2, -4.1],
      [2.1, -3.9],
    ]) {
      const c = compareGradients({
        model: sine,
        data,
        theta,
        inner: { alpha: 0.05, steps: 20, y0: 0 },
        gradientSteps: 20,
      });
      expectAllClose(c.reverse, c.forward, 1e-12);
      expectAllClose(c.finiteDifference, c.forward, 1e-6);
      // The implicit gradient assumes a converged inversion: off at N = 20, equal at N = 400.
      const long = compareGradients({ model: sine, data, theta, inner: { alpha: 0.05, steps: 400, y0: 0 } });
      const gap = (g: { implicit: number[]; forward: number[] }) =>
        Math.hypot(g.implicit[0]! - g.forward[0]!, g.implicit[1]! - g.forward[1]!);
      expect(gap(c)).toBeGreaterThan(1e-3);
      expectAllClose(long.implicit, long.forward, 1e-8);
    }
  });

  it('steps into an update: the per-sample terms add up to the gradient the training used', () => {
    const params = run(sine);
    const result = train(params);
    const detail = stepIntoAt(params, result.history[3]!.theta, 3);
    const summed = [0, 1].map((j) => detail.samples.reduce((s, d) => s + d.contribution[j]!, 0));
    expectAllClose(summed, result.history[3]!.grad, 1e-12);
  });
});

describe('typed model problems', () => {
  it('names each problem', () => {
    expect(problem('')).toEqual({ kind: 'empty' });
    expect(problem('a*y'.repeat(50))).toMatchObject({ kind: 'too-long', max: 120 });
    expect(problem('a*(y+b')).toMatchObject({ kind: 'syntax', position: 6 });
    expect(problem('a*foo(y)')).toEqual({ kind: 'unknown-name', name: 'foo', position: 2 });
    expect(problem('a*x+b')).toEqual({ kind: 'unknown-name', name: 'x', position: 2 });
    expect(problem('a*sin(y, 2)')).toEqual({ kind: 'arity', name: 'sin', got: 2 });
    expect(problem('a*sin()')).toEqual({ kind: 'arity', name: 'sin', got: 0 });
    expect(problem('a*sin+y')).toMatchObject({ kind: 'not-a-value', name: 'sin' });
    expect(problem('a(y)')).toMatchObject({ kind: 'not-a-function', name: 'a' });
    expect(problem('a y')).toEqual({ kind: 'missing-operator' });
    expect(problem('a*y^b')).toEqual({ kind: 'variable-exponent' });
    expect(problem('a.y')).toMatchObject({ kind: 'unsupported' });
    expect(problem('a*b')).toEqual({ kind: 'no-y' });
    expect(problem('a*(y-y)+b')).toEqual({ kind: 'no-y' });
    expect(problem('sin(y)+2')).toEqual({ kind: 'no-theta' });
    expect(problem('a/y+b')).toEqual({ kind: 'division-by-zero', y: 0 });
    expect(problem('a*y^-1+b')).toEqual({ kind: 'division-by-zero', y: 0 });
    expect(problem('a*log(y)+b')).toEqual({ kind: 'domain', y: -2 });
    expect(problem('a*exp(y^10)+b', { ys: [1, 1.5, 2], theta: [2, -4] })).toEqual({ kind: 'overflow', y: 2 });
    // √y is finite at 0 but its derivative is not.
    expect(problem('a*sqrt(y)+b', { ys: [0, 1], theta: [2, -4] })).toEqual({ kind: 'infinite-derivative', y: 0 });
  });

  it('accepts models that use only one of a and b', () => {
    expect(typedModel('a*y', points).ok).toBe(true);
  });
});
