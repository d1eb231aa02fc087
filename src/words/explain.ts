/**
 * The words layer: every sentence the site says about a run, built from numbers the solver
 * computed (regimes, classifier verdicts, causes). The math modules compute; this module is
 * the only one that writes prose about runs, so no sentence exists twice. Widgets' text.ts and
 * the lessons' facts take their words from here.
 */
import { fmt, fmtNear } from './sentenceFormat.ts';
import type { TrendReport } from '../solver/analysis/progress.ts';
import { DIVERGENCE_BOUND } from '../solver/core/validate.ts';

/** The five ways plain gradient descent on the linear model can go, from c = 1 − 2αa² alone. */
export type LinearBehaviour = 'one-step' | 'monotone' | 'oscillating' | 'cycling' | 'diverging' | 'frozen';

/**
 * The behaviour c = 1 − 2αa² gives: c = 0 one exact step; 0 < c < 1 monotone; −1 < c < 0 zig-zag
 * in; c = −1 a bounded 2-cycle that never converges; c < −1 zig-zag out; c = 1 (a = 0) no move.
 */
export function linearBehaviour(c: number): LinearBehaviour {
  if (c === 0) return 'one-step';
  if (c === 1) return 'frozen';
  if (c === -1) return 'cycling';
  if (Math.abs(c) > 1) return 'diverging';
  return c > 0 ? 'monotone' : 'oscillating';
}

/** The table word for a behaviour (lesson 7's regime column). */
export const BEHAVIOUR_NAME: Record<LinearBehaviour, string> = {
  'one-step': 'one step',
  monotone: 'monotone',
  oscillating: 'oscillating',
  cycling: '2-cycle (bounded, never converges)',
  diverging: 'diverging',
  frozen: 'no move',
};

/** "α·a² = 1.2 ≥ 1, so each step multiplies the error y − y* by c = 1 − 2αa² = −1.4 (|c| > 1)". */
export function unstableFactorClause(alpha: number, a: number): string {
  const aa = alpha * a * a;
  const c = 1 - 2 * aa;
  return `α·a² = ${fmtNear(aa, 1)} > 1, so each step multiplies the error y − y* by c = 1 − 2αa² = ${fmtNear(c, -1)} (|c| > 1)`;
}

/** The sentence for an inversion that left the bounds because its answer lies outside them. */
export function answerOutOfBounds(yStar: number, c: number, n?: number): string {
  const leaves = n === undefined ? 'must leave them on the way' : `leaves them at step ${n}`;
  return `The answer y* = (x − b)/a = ${fmt(yStar)} lies outside the solver's bounds ±${fmt(DIVERGENCE_BOUND)}: the iterate heads for it steadily (c = ${fmtNear(c, 1)}, a stable step) and ${leaves}. Nothing is unstable; bring x closer to b, so that |x − b| ≤ ${fmt(DIVERGENCE_BOUND)}·|a|.`;
}

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
  /** The solver's reason of a diverged run. */
  reason?: string;
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
  const g = fmt(gradSize(ctx.grad));
  switch (t.trend) {
    case 'diverged':
      return { tone: 'diverged', label: `Diverged at update ${ctx.divergedAt}.`, reason: ctx.reason ?? '' };
    case 'converged':
      return {
        tone: 'converged',
        label: 'Converged.',
        reason: `Every component of ∂T/∂θ is below ${fmt(ctx.tol)}: θ no longer moves.`,
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
        reason: `θ no longer moves (|∂T/∂θ| = ${g}) and T stays at ${fmt(t.T, 4)}${t.T > 1e-8 ? ': a floor above 0, no θ fits every sample' : ''}.`,
      };
    case 'held': {
      const held = (t.run.held ?? []).map((j) => NAMES[j] ?? `θ${j + 1}`);
      const byClamp = (t.run.held ?? []).some((j) => ctx.clamped[j]);
      const who = held.length > 0 ? held.join(' and ') : 'θ';
      return {
        tone: 'oscillating',
        label: 'Held.',
        reason: `${who} stays at ${held.length > 0 ? (t.run.held ?? []).map((j) => fmt(ctx.theta[j] as number, 4)).join(', ') : 'its value'} although ∂T/∂θ = (${ctx.grad.map((v) => fmt(v)).join(', ')}) pushes it on${byClamp ? ': the clamp a ≥ 0.5 puts it back after every update' : ''}. T stays at ${fmt(t.T, 4)}, not 0: this is not a fit.`,
      };
    }
    case 'oscillating':
      return {
        tone: 'oscillating',
        label: `Oscillating (period ${t.run.period}).`,
        reason: `θ repeats every ${t.run.period} updates and T alternates (${fmt(t.previousT, 4)}, ${fmt(t.T, 4)}) without settling; |∂T/∂θ| = ${g} is not small. A smaller β lets it settle.`,
      };
    case 'rising':
      return {
        tone: 'oscillating',
        label: 'T went up.',
        reason:
          t.innerFactor !== undefined
            ? `T rose from ${fmtNear(t.previousT, t.T)} to ${fmtNear(t.T, t.previousT)} because the inner loop is unstable at the previous θ: c = 1 − 2αa² = ${fmt(t.innerFactor)}, so each of the N inner steps multiplies the error by |c| > 1. A smaller α or a start with a smaller a fixes it, not β.`
            : `T rose from ${fmtNear(t.previousT, t.T)} to ${fmtNear(t.T, t.previousT)}: this update overshot the valley of T. A smaller β makes T fall at every update.`,
      };
    case 'climbing': {
      const truncated =
        ctx.gradientSteps !== undefined && ctx.innerSteps !== undefined && ctx.gradientSteps < ctx.innerSteps;
      return {
        tone: 'oscillating',
        label: 'T climbs.',
        reason: `T rises a little at every update (now ${fmtNear(t.T, t.previousT, 6)}) while θ moves steadily: the update is not going downhill on T, and a smaller β would only slow it. ${truncated ? `The gradient goes through M = ${ctx.gradientSteps} of the N = ${ctx.innerSteps} inner steps, and here that is not the gradient of T: try M = N.` : 'The gradient used is not the gradient of T here.'}`,
      };
    }
    case 'settled':
      return {
        tone: 'converging',
        label: 'Settled, not converged.',
        reason: `T no longer changes (it stays at ${fmt(t.T, 4)}) but θ still moves: |∂T/∂θ| = ${g}.`,
      };
    case 'creeping':
      return {
        tone: 'converging',
        label: 'Creeping.',
        reason: `T still falls, by only ${fmt(-t.run.valueRate * 100, 2)} % per update (now ${fmt(t.T, 6)}), and |∂T/∂θ| = ${g} is not small: far from settled. More updates or a larger β.`,
      };
    default:
      return {
        tone: 'converging',
        label: 'Converging.',
        reason: `T falls: ${fmtNear(t.previousT, t.T, 3)} → ${fmtNear(t.T, t.previousT, 3)}.`,
      };
  }
}

/** Why a training run stopped with 'diverged', in numbers (from train.ts). */
export type TrainingFailure =
  | { kind: 'inner-unstable'; k: number; theta: readonly number[]; alpha: number; a: number }
  | { kind: 'implicit-not-finite'; k: number; theta: readonly number[] }
  | { kind: 'not-finite'; k: number; theta: readonly number[]; innerSteps: number }
  | {
      kind: 'escaped';
      k: number;
      theta: readonly number[];
      gradSize: number;
      beta: number;
      bound: number;
      /** c = 1 − 2αa² at the last θ when |c| > 1: the inner loop, not β, made the gradient huge. */
      innerFactor?: number;
    };

/** The sentence a diverged training run carries in its `reason`. */
export function trainingFailureWords(f: TrainingFailure): string {
  const at = `At update ${f.k} (θ = [${f.theta.map((t) => fmt(t, 4)).join(', ')}])`;
  switch (f.kind) {
    case 'inner-unstable':
      return `${at} the predictions blew up: ${unstableFactorClause(f.alpha, f.a)} at every inner step, and the inner inversion diverges. A clamp on a, or a smaller α, keeps it stable.`;
    case 'implicit-not-finite':
      return `${at} T or ∂T/∂θ is no longer a finite number: the implicit gradient divides by ∂²L/∂y², which is 0 or tiny there, or the inner inversion blew up.`;
    case 'not-finite':
      return `${at} T or ∂T/∂θ is no longer a finite number: the inner inversion of ${f.innerSteps} steps blew up at this θ.`;
    case 'escaped':
      return f.innerFactor !== undefined
        ? `θ left the box |θⱼ| ≤ ${fmt(f.bound)} at update ${f.k}: the inner loop was unstable at the θ before (c = 1 − 2αa² = ${fmt(f.innerFactor)}, |c| > 1), so the predictions and ∂T/∂θ (size ${fmt(f.gradSize)}) were huge. A smaller α or a start with a smaller a fixes it, not β.`
        : `θ left the box |θⱼ| ≤ ${fmt(f.bound)} at update ${f.k}: with |∂T/∂θ| = ${fmt(f.gradSize)} just before, β = ${fmt(f.beta)} is too large for how steeply T curves there, so each update overshoots by more than the last.`;
  }
}
