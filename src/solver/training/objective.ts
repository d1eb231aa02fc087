/**
 * The training loss and its gradient,
 *
 *   T(θ) = Σᵢ (yᵢ − h_θ(xᵢ))²,   ∂T/∂θ = −2·Σᵢ (yᵢ − h_θ(xᵢ))·dh_θ(xᵢ)/dθ,
 *
 * evaluated with buffers allocated once, so a training run's hot loop
 * allocates nothing per update.
 */
import { kernelFor, type LossKernel } from '../core/lossKernel.ts';
import type { Model } from '../core/models.ts';
import type { Dataset } from './trainParams.ts';
import { sampleDerivative, workspace, type GradientMethod, type Unrolling, type Workspace } from './unroll.ts';

/** Everything needed to evaluate T and ∂T/∂θ repeatedly for one model and data set. */
export interface Objective {
  readonly kernel: LossKernel;
  readonly method: GradientMethod;
  readonly data: Dataset;
  readonly unrolling: Unrolling;
  readonly workspace: Workspace;
  /** dh/dθ of the sample last evaluated. */
  readonly dh: Float64Array;
}

/** Prepares an {@link Objective}; inputs must already be validated. */
export function objective(model: Model, data: Dataset, unrolling: Unrolling, method: GradientMethod): Objective {
  const kernel = kernelFor(model);
  return {
    kernel,
    method,
    data,
    unrolling,
    workspace: workspace(kernel.size, unrolling.gradientSteps),
    dh: new Float64Array(kernel.size),
  };
}

/**
 * T(θ); writes ∂T/∂θ into `grad` (length = θ's). The per-sample terms
 * −2·(yᵢ − hᵢ)·dhᵢ/dθ are added in sample order, the same order
 * {@link stepIntoAt} reports them in. May return non-finite values.
 */
export function evaluate(o: Objective, theta: readonly number[], grad: number[]): number {
  const { kernel, method, data, unrolling, workspace: ws, dh } = o;
  const k = kernel.size;
  for (let j = 0; j < k; j++) grad[j] = 0;
  let T = 0;
  for (let i = 0; i < data.x.length; i++) {
    const h = sampleDerivative(kernel, method, theta, data.x[i] as number, unrolling, dh, ws);
    const residual = (data.y[i] as number) - h;
    T += residual * residual;
    for (let j = 0; j < k; j++) grad[j] = (grad[j] as number) + -2 * residual * (dh[j] as number);
  }
  return T;
}
