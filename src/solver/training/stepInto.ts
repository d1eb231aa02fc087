/**
 * Step into one training update: every sample's inner iterates with their
 * forward-mode derivatives, its residual and its term of ∂T/∂θ, and the θ the
 * update produces. Built from the same code as the training run, so nextTheta
 * equals the recorded θ(k+1) exactly.
 */
import { kernelFor, type LossKernel } from '../core/lossKernel.ts';
import { evaluate } from './objective.ts';
import type { TrainingResult, TrainingStep } from './train.ts';
import { resolveTraining, type ResolvedTraining, type TrainParams } from './trainParams.ts';
import { applyUpdate, createTrainer, type Trainer } from './trainer.ts';
import { sampleDerivative, type Unrolling } from './unroll.ts';
import * as check from '../core/validate.ts';

/** One inner iterate of one sample, with its forward-mode derivative. */
export interface InnerStep {
  /** Inner step index n. */
  n: number;
  /** g(n). */
  g: number;
  /** dg(n)/dθ by the forward recursion. */
  dg: number[];
  /** L_θ(xᵢ, g(n)). */
  loss: number;
  /** ∂L/∂y at g(n). */
  grad: number;
}

/** One sample's part in an update. */
export interface SampleDetail {
  i: number;
  x: number;
  y: number;
  /** h_θ(xᵢ) = g(N), N = inner.steps. */
  h: number;
  /** yᵢ − h. */
  residual: number;
  /**
   * Inner iterates n = 0…max(N, M): h is inner[N].g, and dh by the forward
   * method is inner[M].dg (M = gradient steps). Entries past M carry dg on
   * for display only; entries past N are not part of the prediction.
   */
  inner: InnerStep[];
  /** dh/dθ ≈ dg(M)/dθ by the run's gradient method. */
  dh: number[];
  /** −2·residual·dh, this sample's term of ∂T/∂θ. */
  contribution: number[];
}

/** Everything inside update k. */
export interface UpdateDetail {
  k: number;
  /** θ(k). */
  theta: number[];
  samples: SampleDetail[];
  /** ∂T/∂θ = Σ contributions, summed in sample order (equals the recorded grad). */
  grad: number[];
  /** θ(k+1), after the clamp. */
  nextTheta: number[];
  /** clamped[j]: the clamp changed component j of nextTheta. */
  clamped: boolean[];
}

function innerSteps(K: LossKernel, theta: readonly number[], x: number, u: Unrolling): InnerStep[] {
  const buf = new Float64Array(2 + K.size);
  const dg = new Array<number>(K.size).fill(0);
  let g = u.y0;
  const steps: InnerStep[] = [];
  const total = Math.max(u.innerSteps, u.gradientSteps);
  for (let n = 0; ; n++) {
    K.second(x, g, theta, buf);
    steps.push({ n, g, dg: dg.slice(), loss: K.loss(x, g, theta), grad: buf[0] as number });
    if (n === total) return steps;
    // The same arithmetic as the forward pass in unroll.ts.
    const keep = u.alpha * (buf[1] as number);
    for (let j = 0; j < K.size; j++)
      dg[j] = (dg[j] as number) - (keep * (dg[j] as number) + u.alpha * (buf[2 + j] as number));
    g -= u.alpha * (buf[0] as number);
  }
}

function detail(tr: Trainer, k: number, theta: number[]): UpdateDetail {
  const { p, objective: o } = tr;
  const grad = new Array<number>(theta.length).fill(0);
  const samples = p.data.x.map((x, i): SampleDetail => {
    const y = p.data.y[i] as number;
    const h = sampleDerivative(o.kernel, p.method, theta, x, p.unrolling, o.dh, o.workspace);
    const residual = y - h;
    const dh = Array.from(o.dh);
    const contribution = dh.map((d) => -2 * residual * d);
    contribution.forEach((c, j) => (grad[j] = (grad[j] as number) + c));
    return { i, x, y, h, residual, inner: innerSteps(kernelFor(p.model), theta, x, p.unrolling), dh, contribution };
  });
  const { next, clamped } = applyUpdate(tr, theta, grad);
  return { k, theta, samples, grad, nextTheta: next, clamped };
}

/** The detail of an update from θ with a fresh optimizer state (exact for gd). */
export function stepIntoAt(params: TrainParams, theta: number[], k = 0): UpdateDetail {
  const p = resolveTraining(params);
  return detail(createTrainer(p), k, check.theta('theta', theta, p.model));
}

function stateful(p: ResolvedTraining): boolean {
  return p.optimizer.kind !== 'gd';
}

/**
 * The detail of update k of a run made with `params`. For gd it starts from
 * the recorded θ(k); for momentum or Adam it replays updates 0…k−1 from θ0
 * first, so the optimizer's memory is the run's.
 */
export function stepInto(params: TrainParams, run: TrainingStep[] | TrainingResult, k: number): UpdateDetail {
  const history = Array.isArray(run) ? run : run.history;
  check.integer('k', k, 0, Math.max(0, history.length - 1));
  const recorded = history[k];
  if (!recorded) throw new RangeError(`k must index a recorded step (history is empty)`);
  const p = resolveTraining(params);
  const tr = createTrainer(p);
  if (!stateful(p)) return detail(tr, k, recorded.theta.slice());
  let theta = p.theta0.slice();
  const grad = new Array<number>(theta.length);
  for (let i = 0; i < k; i++) {
    evaluate(tr.objective, theta, grad);
    theta = applyUpdate(tr, theta, grad).next;
  }
  return detail(tr, k, theta);
}
