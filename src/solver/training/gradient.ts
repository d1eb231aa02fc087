/**
 * ∂T/∂θ at one θ, with its per-sample parts, and the four gradient methods
 * side by side (see unroll.ts for what each computes).
 */
import type { Model, ModelName, Theta } from '../core/models.ts';
import { objective } from './objective.ts';
import { resolveMethod, resolveUnrolling, type Dataset, type GradientParams, type InnerParams } from './trainParams.ts';
import { sampleDerivative } from './unroll.ts';
import * as check from '../core/validate.ts';

/** One sample's share of ∂T/∂θ. */
export interface SampleGradient {
  /** Sample index i. */
  i: number;
  x: number;
  y: number;
  /** h_θ(xᵢ) = g(N). */
  h: number;
  /** yᵢ − h_θ(xᵢ). */
  residual: number;
  /** dh/dθ ≈ dg(M)/dθ by the chosen method. */
  dh: number[];
  /** −2·residual·dh: this sample's term of ∂T/∂θ. */
  contribution: number[];
}

/** T, ∂T/∂θ and the per-sample terms at one θ. */
export interface GradientReport {
  /** T(θ) = Σ residualᵢ². */
  T: number;
  /** ∂T/∂θ = Σ contributionᵢ (summed in sample order). */
  grad: number[];
  perSample: SampleGradient[];
}

/** Parameters of {@link gradientAt}. */
export interface GradientAtParams {
  model: Model | ModelName;
  data: Dataset;
  theta: Theta;
  inner: InnerParams;
  gradient: GradientParams;
}

/** T(θ) and ∂T/∂θ by `gradient.method`, with every sample's part. */
export function gradientAt(p: GradientAtParams): GradientReport {
  const model = check.model(p.model);
  const data = check.data(p.data);
  const theta = check.theta('theta', p.theta, model);
  const method = resolveMethod(p.gradient);
  const o = objective(model, data, resolveUnrolling(p.inner, p.gradient.steps, p.gradient.h), method);
  const grad = new Array<number>(theta.length).fill(0);
  let T = 0;
  const perSample = data.x.map((x, i): SampleGradient => {
    const y = data.y[i] as number;
    const h = sampleDerivative(o.kernel, method, theta, x, o.unrolling, o.dh, o.workspace);
    const residual = y - h;
    const dh = Array.from(o.dh);
    const contribution = dh.map((d) => -2 * residual * d);
    T += residual * residual;
    contribution.forEach((c, j) => (grad[j] = (grad[j] as number) + c));
    return { i, x, y, h, residual, dh, contribution };
  });
  return { T, grad, perSample };
}

/** ∂T/∂θ by each of the four methods at the same θ. */
export interface GradientComparison {
  forward: number[];
  reverse: number[];
  implicit: number[];
  finiteDifference: number[];
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
