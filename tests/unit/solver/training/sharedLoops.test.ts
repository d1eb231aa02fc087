/**
 * The per-sample derivative sum (objective.evaluate) and the forward recursion (unroll.ts) are
 * written once; these tests hold every caller to the same numbers: the training run, gradientAt,
 * stepIntoAt and the step-into table, against each other and against the closed forms of the line.
 */
import { describe, expect, it } from 'vitest';
import {
  gradientAt,
  linearRecursion,
  stepIntoAt,
  train,
  type GradientMethod,
  type ModelName,
  type TrainParams,
} from '../../../../src/solver/index.ts';
import { articleRun, expectAllClose } from '../helpers.ts';

const cases: [ModelName, number[]][] = [
  ['linear', [2.7, 0]],
  ['tanh', [1.5, 0.2]],
  ['cubic', [0.5, 0.8]],
];
const data = { x: [-1, 0.5, 1.2], y: [-0.8, 0.3, 0.9] };

function params(model: ModelName, theta0: number[], method: GradientMethod): TrainParams {
  return {
    model,
    data,
    theta0,
    beta: 0.01,
    epochs: 3,
    inner: { alpha: 0.05, steps: 20, y0: 0.5 },
    gradient: { method, steps: 10 },
  };
}

describe('one per-sample derivative: every caller gets the same ∂T/∂θ', () => {
  for (const [model, theta0] of cases) {
    for (const method of ['forward', 'reverse', 'implicit', 'finite-difference'] as const) {
      it(`train, gradientAt and stepIntoAt agree bit for bit (${model}, ${method})`, () => {
        const p = params(model, theta0, method);
        const run = train(p);
        const step = run.history[2]!;
        const report = gradientAt({ model, data, theta: step.theta, inner: p.inner, gradient: p.gradient });
        expect(report.grad).toEqual(step.grad);
        expect(report.T).toBe(step.T);
        const detail = stepIntoAt(p, step.theta, 2);
        expect(detail.grad).toEqual(step.grad);
        expect(detail.samples.map((s) => s.contribution)).toEqual(report.perSample.map((s) => s.contribution));
        expect(detail.samples.map((s) => s.h)).toEqual(report.perSample.map((s) => s.h));
      });
    }
  }
});

describe('one forward recursion: the step-into table and the forward gradient carry the same dg/dθ', () => {
  for (const [model, theta0] of cases) {
    it(`inner[M].dg equals dh by forward mode, inner[N].g equals h (${model})`, () => {
      const p = params(model, theta0, 'forward');
      const detail = stepIntoAt(p, theta0);
      for (const s of detail.samples) {
        // The linear model's forward mode runs a fused kernel; the table runs the generic recursion.
        expectAllClose(s.inner[10]!.dg, s.dh, 1e-13);
        expect(s.inner[20]!.g).toBe(s.h);
      }
    });
  }

  it("matches the article's hand-derived recursion for the line (closed form of dg/da, dg/db)", () => {
    const [a, b] = articleRun.theta0 as [number, number];
    const { alpha, steps, y0 } = articleRun.inner;
    const detail = stepIntoAt(articleRun, [a, b]);
    for (const s of detail.samples) {
      const r = linearRecursion({ alpha, a, b, x: s.x, y0, steps });
      s.inner.forEach((step, n) => {
        expectAllClose([step.g, ...step.dg], [r.g[n]!, r.dga[n]!, r.dgb[n]!], 1e-12);
      });
    }
  });
});
