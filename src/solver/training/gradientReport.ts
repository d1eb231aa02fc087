/**
 * ∂T/∂θ at one θ, with its per-sample parts, and the four gradient methods
 * side by side (see unroll.ts for what each computes).
 */
import { nth } from '../core/nth.ts';
import type { Dataset, Model, ModelName, Theta } from '../core/types.ts';
import * as check from '../core/validate.ts';
import { evaluate, objective } from './objective.ts';
import { resolveMethod, resolveUnrolling } from './resolveTraining.ts';
import type {
  GradientAtParams,
  GradientComparison,
  GradientParams,
  GradientReport,
  InnerParams,
  SampleGradient,
} from './types.ts';

/** T(θ) and ∂T/∂θ by `gradient.method`, with every sample's part. */
export function gradientAt(p: GradientAtParams): GradientReport {
  const model = check.model(p.model);
  const data = check.data(p.data);
  const theta = check.theta('theta', p.theta, model);
  const method = resolveMethod(p.gradient);
  const o = objective(model, data, resolveUnrolling(p.inner, p.gradient.steps, p.gradient.h), method);
  const grad = new Array<number>(theta.length).fill(0);
  const perSample: SampleGradient[] = [];
  const T = evaluate(o, theta, grad, (i, h, residual) => {
    const dh = Array.from(o.dh);
    const contribution = Array.from(o.term);
    perSample.push({ i, x: nth(data.x, i), y: nth(data.y, i), h, residual, dh, contribution });
  });
  return { T, grad, perSample };
}

/**
 * ∂T/∂θ by forward mode, reverse mode, the implicit function theorem and
 * central finite differences, all through M = gradientSteps (default
 * inner.steps) steps. Forward and reverse agree to rounding; finite
 * differences to about 1e-6; implicit approaches them as M grows.
 */
export function compareGradients(p: {
  model: Model | ModelName;
  data: Dataset;
  theta: Theta;
  inner: InnerParams;
  gradientSteps?: number;
  /** Relative finite-difference step (default 1e-6). */
  h?: number;
}): GradientComparison {
  const at = (method: GradientParams['method']): number[] =>
    gradientAt({ ...p, gradient: { method, steps: p.gradientSteps, h: p.h } }).grad;
  return {
    forward: at('forward'),
    reverse: at('reverse'),
    implicit: at('implicit'),
    finiteDifference: at('finite-difference'),
  };
}
