/**
 * Training as the inverse of prediction: fit θ by gradient descent on
 *
 *   T(θ) = Σᵢ (yᵢ − h_θ(xᵢ))²,   θ(k+1) = θ(k) − β·∂T/∂θ(θ(k)),
 *
 * where each prediction h_θ(xᵢ) = g(N) is itself an unrolled inversion and
 * dh/dθ is differentiated through it (see unroll.ts). Every update is recorded.
 */
import { unstableFactorClause } from './explain.ts';
import { fmt } from './format.ts';
import { isLinear } from './models.ts';
import { evaluate } from './objective.ts';
import type { RunStatus } from './invert.ts';
import { resolveTraining, type ResolvedTraining, type TrainParams } from './trainParams.ts';
import { applyUpdate, createTrainer } from './trainer.ts';
import { DIVERGENCE_BOUND } from './validate.ts';

/** One recorded training step: θ(k) and T, ∂T/∂θ at it. */
export interface TrainingStep {
  /** Update index k (0 holds θ0). */
  k: number;
  /** θ(k). */
  theta: number[];
  /** T(θ(k)). */
  T: number;
  /** ∂T/∂θ at θ(k), by the chosen gradient method. */
  grad: number[];
  /** clamped[j]: the clamp changed θⱼ in the update that produced θ(k) (all false at k = 0). */
  clamped: boolean[];
}

/** How a training run ended. */
export interface TrainingOutcome {
  /** 'converged': every |∂T/∂θⱼ| ≤ tol at the last step; 'max-steps'; 'diverged': see divergedAt. */
  status: RunStatus;
  /** A sentence for students (always set when diverged). */
  reason?: string;
  /**
   * The first k whose θ passed ±DIVERGENCE_BOUND, or whose T or ∂T/∂θ was not
   * finite. It is not recorded, so history.length === divergedAt.
   */
  divergedAt?: number;
}

/** A whole training run. */
export interface TrainingResult extends TrainingOutcome {
  history: TrainingStep[];
}

function blowUpReason(p: ResolvedTraining, k: number, theta: readonly number[]): string {
  const at = `At update ${k} (θ = [${theta.map((t) => fmt(t, 4)).join(', ')}])`;
  const a = theta[0] as number;
  const aa = p.unrolling.alpha * a * a;
  if (isLinear(p.model) && aa > 1) {
    return `${at} the predictions blew up: ${unstableFactorClause(p.unrolling.alpha, a)} at every inner step, and the inner inversion diverges. A clamp on a, or a smaller α, keeps it stable.`;
  }
  if (p.method === 'implicit') {
    return `${at} T or ∂T/∂θ is no longer a finite number: the implicit gradient divides by ∂²L/∂y², which is 0 or tiny there, or the inner inversion blew up.`;
  }
  return `${at} T or ∂T/∂θ is no longer a finite number: the inner inversion of ${p.unrolling.innerSteps} steps blew up at this θ.`;
}

function escapeReason(p: ResolvedTraining, k: number, grad: readonly number[]): string {
  const size = Math.hypot(...grad);
  return `θ left the box |θⱼ| ≤ ${fmt(DIVERGENCE_BOUND)} at update ${k}: with |∂T/∂θ| = ${fmt(size)} just before, β = ${fmt(p.beta)} is too large for how steeply T curves there, so each update overshoots by more than the last.`;
}

function escaped(theta: readonly number[]): boolean {
  return theta.some((t) => !(Math.abs(t) <= DIVERGENCE_BOUND));
}

/**
 * Yields the training steps k = 0, 1, …, epochs one at a time and returns the
 * {@link TrainingOutcome}. Parameters are validated here, before the first step.
 */
export function trainSteps(params: TrainParams): Generator<TrainingStep, TrainingOutcome, void> {
  return run(resolveTraining(params));
}

function* run(p: ResolvedTraining): Generator<TrainingStep, TrainingOutcome, void> {
  const trainer = createTrainer(p);
  let theta = p.theta0.slice();
  let clamped = new Array<boolean>(theta.length).fill(false);
  for (let k = 0; ; k++) {
    const grad = new Array<number>(theta.length);
    const T = evaluate(trainer.objective, theta, grad);
    if (!Number.isFinite(T) || !grad.every(Number.isFinite)) {
      return { status: 'diverged', divergedAt: k, reason: blowUpReason(p, k, theta) };
    }
    const step: TrainingStep = { k, theta, T, grad, clamped };
    const converged = grad.every((g) => Math.abs(g) <= p.tol);
    if (k === p.epochs || (converged && p.stopWhenConverged)) {
      yield step;
      return { status: converged ? 'converged' : 'max-steps' };
    }
    const update = applyUpdate(trainer, theta, grad);
    yield step;
    if (escaped(update.next)) return { status: 'diverged', divergedAt: k + 1, reason: escapeReason(p, k + 1, grad) };
    theta = update.next;
    clamped = update.clamped;
  }
}

/** Runs {@link trainSteps} to the end and collects its history. */
export function train(params: TrainParams): TrainingResult {
  const history: TrainingStep[] = [];
  const stepper = trainSteps(params);
  for (;;) {
    const r = stepper.next();
    if (r.done) return { history, ...r.value };
    history.push(r.value);
  }
}
