/**
 * One training update, shared by {@link trainSteps} and {@link stepInto} so the
 * step-into view computes exactly the θ the run recorded next:
 *
 *   θ(k+1) = clamp(θ(k) − β·∂T/∂θ(θ(k)))      (gd; other optimizers in optimizers.ts)
 *
 * With update 'sequential', component j uses ∂T/∂θⱼ evaluated at θ whose
 * components before j are already updated and clamped.
 */
import { outOfRange } from '../core/nth.ts';
import { moveComponent, optimizerState, type OptimizerState } from '../core/optimizers.ts';
import { evaluate, objective, type Objective } from './objective.ts';
import type { ResolvedTraining } from './types.ts';

/** A training run in progress: its objective and optimizer memory. */
export interface Trainer {
  readonly p: ResolvedTraining;
  readonly objective: Objective;
  readonly state: OptimizerState;
  /** Scratch gradient for sequential updates. */
  readonly scratch: number[];
}

/** The result of one update. */
export interface Update {
  /** θ after the update and the clamp. */
  next: number[];
  /** clamped[j]: the clamp changed component j. */
  clamped: boolean[];
}

/** A trainer for validated parameters, with a fresh optimizer state. */
export function createTrainer(p: ResolvedTraining): Trainer {
  const size = p.theta0.length;
  return {
    p,
    objective: objective(p.model, p.data, p.unrolling, p.method),
    state: optimizerState(size),
    scratch: new Array<number>(size).fill(0),
  };
}

/** Applies one update to θ with gradient `grad` = ∂T/∂θ(θ); advances the optimizer state. */
export function applyUpdate(tr: Trainer, theta: readonly number[], grad: readonly number[]): Update {
  const { p, state } = tr;
  state.t += 1;
  const next = theta.slice();
  const clamped = new Array<boolean>(theta.length).fill(false);
  // Once per update of every run: entries are read and checked in place (see nth.ts).
  for (let j = 0; j < next.length; j++) {
    const sequential = p.update === 'sequential' && j > 0;
    if (sequential) evaluate(tr.objective, next, tr.scratch);
    const g = sequential ? tr.scratch[j] : grad[j];
    const thetaJ = next[j];
    if (g === undefined || thetaJ === undefined) throw outOfRange(j, grad.length);
    const moved = moveComponent(p.optimizer, state, j, thetaJ, g, p.beta);
    const box = p.clamp?.[j];
    const kept = box ? Math.min(Math.max(moved, box[0]), box[1]) : moved;
    next[j] = kept;
    clamped[j] = kept !== moved;
  }
  return { next, clamped };
}
