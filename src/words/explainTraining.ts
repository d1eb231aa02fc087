/**
 * The words layer for training: the training badge (from a trend report) and why a training run
 * diverged (from its failure finding). The solver computes; src/words is the only layer that
 * writes prose about runs, so no sentence exists twice. Widgets' text.ts and the lessons' facts
 * take their words from here (through src/words/index.ts).
 */
import { nth } from '../solver/core/nth.ts';
import type { TrendReport } from '../solver/analysis/types.ts';
import type { TrainingFailure, TrainingOutcome } from '../solver/training/types.ts';
import { unstableFactorClause } from './clauses.ts';
import { formatNear, formatValue } from './format.ts';

/** A training badge: tone, a short label and the reason, all from a {@link TrendReport}. */
export interface TrendWords {
  tone: 'converging' | 'oscillating' | 'diverging' | 'converged' | 'diverged' | 'info';
  label: string;
  reason: string;
}

/** Extra facts about the run a training badge may name. */
export interface TrendContext {
  beta: number;
  divergedAt?: number;
  /** θ, ∂T/∂θ and the clamp flags at update k. */
  theta: readonly number[];
  grad: readonly number[];
  clamped: readonly boolean[];
  /** The convergence tolerance on ∂T/∂θ. */
  tol: number;
  /** N and M of the inner loop, when known (a climb is blamed on M < N). */
  innerSteps?: number;
  gradientSteps?: number;
}

const NAMES = ['a', 'b', 'θ₃', 'θ₄'];
const gradSize = (g: readonly number[]) => Math.hypot(...g);

/** The words of a training badge at one update. */
export function trendWords(t: TrendReport, ctx: TrendContext): TrendWords {
  const g = formatValue(gradSize(ctx.grad));
  switch (t.trend) {
    case 'diverged':
      return {
        tone: 'diverged',
        label: `Diverged at update ${ctx.divergedAt}.`,
        reason: t.failure ? trainingFailureWords(t.failure) : '',
      };
    case 'converged':
      return {
        tone: 'converged',
        label: 'Converged.',
        reason: `Every component of ∂T/∂θ is below ${formatValue(ctx.tol)}: θ no longer moves.`,
      };
    case 'start':
      return {
        tone: 'info',
        label: 'Before the first update.',
        reason: 'Step forward to see θ move down the slope of T.',
      };
    case 'at-rest':
      return {
        tone: 'converged',
        label: 'At rest.',
        reason: `θ no longer moves (|∂T/∂θ| = ${g}) and T stays at ${formatValue(t.T, 4)}${t.T > 1e-8 ? ': a floor above 0, no θ fits every sample' : ''}.`,
      };
    case 'held': {
      const held = (t.run.held ?? []).map((j) => NAMES[j] ?? `θ${j + 1}`);
      const byClamp = (t.run.held ?? []).some((j) => ctx.clamped[j]);
      const who = held.length > 0 ? held.join(' and ') : 'θ';
      return {
        tone: 'oscillating',
        label: 'Held.',
        reason: `${who} stays at ${held.length > 0 ? (t.run.held ?? []).map((j) => formatValue(nth(ctx.theta, j), 4)).join(', ') : 'its value'} although ∂T/∂θ = (${ctx.grad.map((v) => formatValue(v)).join(', ')}) pushes it on${byClamp ? ': the clamp a ≥ 0.5 puts it back after every update' : ''}. T stays at ${formatValue(t.T, 4)}, not 0: this is not a fit.`,
      };
    }
    case 'oscillating':
      return {
        tone: 'oscillating',
        label: `Oscillating (period ${t.run.period}).`,
        reason: `θ repeats every ${t.run.period} updates and T alternates (${formatValue(t.previousT, 4)}, ${formatValue(t.T, 4)}) without settling; |∂T/∂θ| = ${g} is not small. A smaller β lets it settle.`,
      };
    case 'rising':
      return {
        tone: 'oscillating',
        label: 'T went up.',
        reason:
          t.innerFactor !== undefined
            ? `T rose from ${formatNear(t.previousT, t.T)} to ${formatNear(t.T, t.previousT)} because the inner loop is unstable at the previous θ: c = 1 − 2αa² = ${formatValue(t.innerFactor)}, so each of the N inner steps multiplies the error by |c| > 1. A smaller α or a start with a smaller a fixes it, not β.`
            : `T rose from ${formatNear(t.previousT, t.T)} to ${formatNear(t.T, t.previousT)}: this update overshot the valley of T. A smaller β makes T fall at every update.`,
      };
    case 'climbing': {
      const truncated =
        ctx.gradientSteps !== undefined && ctx.innerSteps !== undefined && ctx.gradientSteps < ctx.innerSteps;
      return {
        tone: 'oscillating',
        label: 'T climbs.',
        reason: `T rises a little at every update (now ${formatNear(t.T, t.previousT, 6)}) while θ moves steadily: the update is not going downhill on T, and a smaller β would only slow it. ${truncated ? `The gradient goes through M = ${ctx.gradientSteps} of the N = ${ctx.innerSteps} inner steps, and here that is not the gradient of T: try M = N.` : 'The gradient used is not the gradient of T here.'}`,
      };
    }
    case 'settled':
      return {
        tone: 'converging',
        label: 'Settled, not converged.',
        reason: `T no longer changes (it stays at ${formatValue(t.T, 4)}) but θ still moves: |∂T/∂θ| = ${g}.`,
      };
    case 'creeping':
      return {
        tone: 'converging',
        label: 'Creeping.',
        reason: `T still falls, by only ${formatValue(-t.run.valueRate * 100, 2)} % per update (now ${formatValue(t.T, 6)}), and |∂T/∂θ| = ${g} is not small: far from settled. More updates or a larger β.`,
      };
    default:
      return {
        tone: 'converging',
        label: 'Converging.',
        reason: `T falls: ${formatNear(t.previousT, t.T, 3)} → ${formatNear(t.T, t.previousT, 3)}.`,
      };
  }
}

/** The sentence explaining why a diverged training run diverged; undefined when it did not. */
export function trainingReason(outcome: TrainingOutcome): string | undefined {
  return outcome.failure ? trainingFailureWords(outcome.failure) : undefined;
}

/** The sentence for why a training run diverged. */
export function trainingFailureWords(f: TrainingFailure): string {
  const at = `At update ${f.k} (θ = [${f.theta.map((t) => formatValue(t, 4)).join(', ')}])`;
  switch (f.kind) {
    case 'inner-unstable':
      return `${at} the predictions blew up: ${unstableFactorClause(f.alpha, f.a)} at every inner step, and the inner inversion diverges. A clamp on a, or a smaller α, keeps it stable.`;
    case 'implicit-not-finite':
      return `${at} T or ∂T/∂θ is no longer a finite number: the implicit gradient divides by ∂²L/∂y², which is 0 or tiny there, or the inner inversion blew up.`;
    case 'not-finite':
      return `${at} T or ∂T/∂θ is no longer a finite number: the inner inversion of ${f.innerSteps} steps blew up at this θ.`;
    case 'escaped':
      return f.innerFactor !== undefined
        ? `θ left the box |θⱼ| ≤ ${formatValue(f.bound)} at update ${f.k}: the inner loop was unstable at the θ before (c = 1 − 2αa² = ${formatValue(f.innerFactor)}, |c| > 1), so the predictions and ∂T/∂θ (size ${formatValue(f.gradSize)}) were huge. A smaller α or a start with a smaller a fixes it, not β.`
        : `θ left the box |θⱼ| ≤ ${formatValue(f.bound)} at update ${f.k}: with |∂T/∂θ| = ${formatValue(f.gradSize)} just before, β = ${formatValue(f.beta)} is too large for how steeply T curves there, so each update overshoots by more than the last.`;
  }
}
