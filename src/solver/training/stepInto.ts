/**
 * Step into one training update: every sample's inner iterates with their
 * forward-mode derivatives, its residual and its term of ∂T/∂θ, and the θ the
 * update produces. Built from the same code as the training run, so nextTheta
 * equals the recorded θ(k+1) exactly.
 */
import type { LossKernel } from '../core/types.ts';
import { nth } from '../core/nth.ts';
import * as check from '../core/validate.ts';
import { evaluate } from './objective.ts';
import { resolveTraining } from './resolveTraining.ts';
import type {
  InnerStep,
  ResolvedTraining,
  SampleDetail,
  TrainingResult,
  TrainingStep,
  TrainParams,
  Unrolling,
  UpdateDetail,
} from './types.ts';
import { forwardRecursion, workspace } from './unroll.ts';
import { applyUpdate, createTrainer, type Trainer } from './update.ts';

/**
 * Every inner iterate n = 0…max(N, M) of one sample with dg(n)/dθ, by the one forward
 * recursion of unroll.ts run through all of them (past M for display only).
 */
function innerSteps(K: LossKernel, theta: readonly number[], x: number, u: Unrolling): InnerStep[] {
  const steps: InnerStep[] = [];
  const whole: Unrolling = { ...u, gradientSteps: Math.max(u.innerSteps, u.gradientSteps) };
  const dg = new Float64Array(K.size);
  forwardRecursion(K, theta, x, whole, dg, workspace(K.size, 0), (n, g) => {
    steps.push({ n, g, dg: Array.from(dg), loss: K.loss(x, g, theta), grad: K.dLdy(x, g, theta) });
  });
  return steps;
}

function detail(tr: Trainer, k: number, theta: number[]): UpdateDetail {
  const { p, objective: o } = tr;
  const grad = new Array<number>(theta.length).fill(0);
  const samples: SampleDetail[] = [];
  evaluate(o, theta, grad, (i, h, residual) => {
    const x = nth(p.data.x, i);
    const dh = Array.from(o.dh);
    const contribution = Array.from(o.term);
    const inner = innerSteps(o.kernel, theta, x, p.unrolling);
    samples.push({ i, x, y: nth(p.data.y, i), h, residual, inner, dh, contribution });
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
