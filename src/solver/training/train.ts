/**
 * Training as the inverse of prediction: fit θ by gradient descent on
 *
 *   T(θ) = Σᵢ (yᵢ − h_θ(xᵢ))²,   θ(k+1) = θ(k) − β·∂T/∂θ(θ(k)),
 *
 * where each prediction h_θ(xᵢ) = g(N) is itself an unrolled inversion and
 * dh/dθ is differentiated through it (see unroll.ts). Every update is recorded.
 */
import { contraction } from '../inversion/closedForms.ts';
import { trainingFailureWords, type TrainingFailure } from '../../words/explain.ts';
import { isLinear } from '../core/models.ts';
import { evaluate } from './objective.ts';
import type { RunStatus } from '../inversion/invert.ts';
import { resolveTraining, type ResolvedTraining, type TrainParams } from './trainParams.ts';
import { applyUpdate, createTrainer } from './trainer.ts';
import { DIVERGENCE_BOUND } from '../core/validate.ts';

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

/** What made a training run fail at update k, in numbers (the words come from explain.ts). */
function blowUpFinding(p: ResolvedTraining, k: number, theta: readonly number[]): TrainingFailure {
  const a = theta[0] as number;
  if (isLinear(p.model) && p.unrolling.alpha * a * a > 1) {
    return { kind: 'inner-unstable', k, theta, alpha: p.unrolling.alpha, a };
  }
  if (p.method === 'implicit') return { kind: 'implicit-not-finite', k, theta };
  return { kind: 'not-finite', k, theta, innerSteps: p.unrolling.innerSteps };
}

function escapeFinding(
  p: ResolvedTraining,
  k: number,
  theta: readonly number[],
  grad: readonly number[],
): TrainingFailure {
  const a = theta[0] as number;
  const innerFactor = isLinear(p.model) ? contraction(p.unrolling.alpha, a) : 0;
  return {
    kind: 'escaped',
    k,
    theta,
    gradSize: Math.hypot(...grad),
    beta: p.beta,
    bound: DIVERGENCE_BOUND,
    ...(Math.abs(innerFactor) > 1 ? { innerFactor } : {}),
  };
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
      return { status: 'diverged', divergedAt: k, reason: trainingFailureWords(blowUpFinding(p, k, theta)) };
    }
    const step: TrainingStep = { k, theta, T, grad, clamped };
    const converged = grad.every((g) => Math.abs(g) <= p.tol);
    if (k === p.epochs || (converged && p.stopWhenConverged)) {
      yield step;
      return { status: converged ? 'converged' : 'max-steps' };
    }
    const update = applyUpdate(trainer, theta, grad);
    yield step;
    if (escaped(update.next)) {
      return {
        status: 'diverged',
        divergedAt: k + 1,
        reason: trainingFailureWords(escapeFinding(p, k + 1, theta, grad)),
      };
    }
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
