/**
 * The training loss and its gradient,
 *
 *   T(θ) = Σᵢ (yᵢ − h_θ(xᵢ))²,   ∂T/∂θ = −2·Σᵢ (yᵢ − h_θ(xᵢ))·dh_θ(xᵢ)/dθ,
 *
 * evaluated with buffers allocated once, so a training run's hot loop
 * allocates nothing per update.
 */
import { kernelFor } from '../core/lossKernel.ts';
import { outOfRange } from '../core/nth.ts';
import type { Dataset, LossKernel, Model } from '../core/types.ts';
import type { GradientMethod, Unrolling } from './types.ts';
import { sampleDerivative, workspace, type Workspace } from './unroll.ts';

/** Everything needed to evaluate T and ∂T/∂θ repeatedly for one model and data set. */
export interface Objective {
  readonly kernel: LossKernel;
  readonly method: GradientMethod;
  readonly data: Dataset;
  readonly unrolling: Unrolling;
  readonly workspace: Workspace;
  /** dh/dθ of the sample last evaluated. */
  readonly dh: Float64Array;
  /** −2·(y − h)·dh/dθ, the term of ∂T/∂θ of the sample last evaluated. */
  readonly term: Float64Array;
  /** ∂T/∂θ as it is summed, sample by sample. */
  readonly sum: Float64Array;
}

/**
 * Called by {@link evaluate} once per sample i, in sample order, with h = h_θ(xᵢ) and the
 * residual yᵢ − h; the objective's `dh` and `term` hold that sample's dh/dθ and its term then.
 */
export type SampleVisitor = (i: number, h: number, residual: number) => void;

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
    term: new Float64Array(kernel.size),
    sum: new Float64Array(kernel.size),
  };
}

/**
 * T(θ); writes ∂T/∂θ into `grad` (length = θ's). The per-sample terms
 * −2·(yᵢ − hᵢ)·dhᵢ/dθ are added in sample order; `visit`, when given, sees each sample
 * after its term is added. This is the one place the per-sample derivative is summed:
 * training, {@link gradientAt} and {@link stepIntoAt} all go through it.
 * May return non-finite values.
 */
export function evaluate(o: Objective, theta: readonly number[], grad: number[], visit?: SampleVisitor): number {
  const { kernel, method, data, unrolling, workspace: ws, dh, term, sum } = o;
  const { x: xs, y: ys } = data;
  const k = kernel.size;
  // The hottest loop of a training run: reads are checked in place (see nth.ts), and the sum
  // lives in a Float64Array (a checked read of a plain array here cost 8 % of the run).
  for (let j = 0; j < k; j++) sum[j] = 0;
  let T = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined || y === undefined) throw new RangeError(`data.y has no entry ${i} (data.x has ${xs.length})`);
    const h = sampleDerivative(kernel, method, theta, x, unrolling, dh, ws);
    const residual = y - h;
    T += residual * residual;
    for (let j = 0; j < k; j++) {
      const d = dh[j];
      const s = sum[j];
      if (d === undefined || s === undefined) throw outOfRange(j, k);
      const t = -2 * residual * d;
      term[j] = t;
      sum[j] = s + t;
    }
    if (visit) visit(i, h, residual);
  }
  for (let j = 0; j < k; j++) {
    const s = sum[j];
    if (s === undefined) throw outOfRange(j, k);
    grad[j] = s;
  }
  return T;
}
