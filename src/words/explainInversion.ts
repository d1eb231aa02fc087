/**
 * The words layer for the inner inversion: every sentence about an inversion's regime or
 * divergence, built from a finding the math modules (regime.ts, divergence.ts) computed.
 * With explain.ts this is the only place that writes prose about runs.
 */
import { answerOutOfBounds, unstableFactorClause, type LinearBehaviour } from './explain.ts';
import { fmt, fmtNear } from './sentenceFormat.ts';
import type { InversionResult, Momentum } from '../solver/inversion/invert.ts';
import type { Model, ModelName, Theta } from '../solver/core/models.ts';
import type { Regime, RegimeReport } from '../solver/analysis/regime.ts';
import { DIVERGENCE_BOUND } from '../solver/core/validate.ts';

/** Describes a momentum setting for a sentence, e.g. "heavy-ball momentum μ = 0.9". */
export function momentumPhrase(momentum: Momentum): string {
  return `${momentum.kind === 'heavy-ball' ? 'heavy-ball' : 'Nesterov'} momentum μ = ${momentum.mu}`;
}

/** What the regime analysis found, in numbers: one variant per sentence. */
export type InversionFinding =
  | { kind: 'flat-model'; xIsB: boolean }
  | { kind: 'start-is-inverse'; y0: number; yStar: number }
  | { kind: 'linear'; behaviour: LinearBehaviour; alpha: number; a: number; yStar: number }
  | { kind: 'out-of-bounds'; yStar: number; c: number }
  | {
      kind: 'momentum';
      momentum: Momentum;
      s: number;
      limit: number;
      c: number;
      swing: 'diverging' | 'oscillating' | 'converging';
      at: Where;
    }
  | { kind: 'tanh-no-inverse'; gap: number; a: number }
  | { kind: 'hump'; y: number; curvature: number }
  | { kind: 'start-minimises'; y0: number; grad: number }
  | { kind: 'flat-minimum'; yMin: number }
  | { kind: 'slow-minimum'; yMin: number; curvature: number; c: number }
  | { kind: 'minimum'; yMin: number; curvature: number; c: number; swing: 'diverging' | 'oscillating' | 'converging' }
  | { kind: 'steep-way'; reason: string; yMin: number; c: number };

/** Where the error is measured from: the exact inverse y* of the line, or a minimiser found numerically. */
export type Where = { yStar: number } | { yMin: number };

const near = (y: number) => `y ≈ ${fmt(Math.abs(y) < 1e-12 ? 0 : y, 4)}`;
const whereText = (w: Where) => ('yStar' in w ? `y* = (x − b)/a = ${fmt(w.yStar)}` : near(w.yMin));

function linearWords(f: Extract<InversionFinding, { kind: 'linear' }>): string {
  const aa = f.alpha * f.a * f.a;
  const c = 1 - 2 * aa;
  const at = whereText({ yStar: f.yStar });
  const head = `α·a² = ${fmtNear(aa, [0.5, 1])}, so each step multiplies the error y − y* by c = 1 − 2αa² = ${fmtNear(c, -1)}`;
  switch (f.behaviour) {
    case 'one-step':
      return `α·a² = 0.5, so c = 1 − 2αa² = 0: a single step lands exactly on ${at}.`;
    case 'monotone':
      return `${head}: the error keeps ${fmtNear(100 * c, 100)}% of its size each step and the iterate slides into ${at} from one side.`;
    case 'oscillating':
      return `${head}: every step overshoots ${at} and flips the sign of the error, which still shrinks to ${fmtNear(-100 * c, 100)}% per step, so the iterate zig-zags in.`;
    case 'cycling':
      return `α·a² = 1, so c = 1 − 2αa² = −1 exactly: the iterate jumps between two points at the same distance either side of ${at} for ever, a bounded 2-cycle that never gets closer.`;
    case 'frozen':
      return `α·a² = ${fmt(aa)} is too small to change y in floating point: c = 1 − 2αa² rounds to 1 and the iterate never moves towards ${at}.`;
    default:
      return `${unstableFactorClause(f.alpha, f.a)}: the iterate zig-zags ever further from ${at}.`;
  }
}

const MINIMUM_STORY = {
  converging: 'the iterate slides in from one side',
  oscillating: 'the iterate overshoots and zig-zags in',
  diverging: 'each step overshoots by more than it corrects, so the iterate never settles',
};

/** The sentence for a regime finding. */
export function inversionWords(f: InversionFinding): string {
  switch (f.kind) {
    case 'flat-model':
      return `With a = 0, f(y) = b ignores y: ∂L/∂y is 0 everywhere, so the iterate never moves${f.xIsB ? ', and every y reproduces x = b' : ' and no y reproduces x'}.`;
    case 'start-is-inverse':
      return `The start y0 = ${fmt(f.y0)} already is the inverse ${whereText({ yStar: f.yStar })}.`;
    case 'linear':
      return linearWords(f);
    case 'out-of-bounds':
      return answerOutOfBounds(f.yStar, f.c);
    case 'momentum': {
      const head = `With ${momentumPhrase(f.momentum)}, α·∂²L/∂y² = ${fmtNear(f.s, f.limit)} near ${whereText(f.at)}; the run is stable while it stays below ${fmt(f.limit)}.`;
      const tail =
        f.swing === 'diverging'
          ? ` Here it is not: the error grows by a factor ${fmtNear(Math.abs(f.c), 1)} per step.`
          : f.swing === 'oscillating'
            ? ` The error swings across the minimum, shrinking by a factor ${fmtNear(Math.abs(f.c), 1)} per step.`
            : ` The error shrinks by a factor ${fmtNear(f.c, 1)} per step without changing sign.`;
      return head + tail;
    }
    case 'tanh-no-inverse':
      return `No y gives f(y) = x: |x − b| = ${fmt(f.gap)} ≥ |a| = ${fmt(Math.abs(f.a))} and tanh never reaches ±1, so L has no minimum and y drifts off towards ±∞, ever more slowly.`;
    case 'hump':
      return `Stuck on a hump: at y = ${fmt(f.y, 4)} the slope ∂L/∂y is 0 but L curves down (∂²L/∂y² = ${fmt(f.curvature)} < 0), so this is a maximum of L, not an inverse; the slightest nudge slides away to a true minimum.`;
    case 'start-minimises':
      return `The start y0 = ${fmt(f.y0)} already minimises L (∂L/∂y = ${fmt(f.grad)}).`;
    case 'flat-minimum':
      return `Slowly: L is flat to second order at the minimiser ${near(f.yMin)} (∂²L/∂y² = 0), so the iterate creeps in more slowly than any fixed factor per step.`;
    case 'slow-minimum':
      return `Slowly: near the minimiser ${near(f.yMin)} the loss is so flat (∂²L/∂y² = ${fmt(f.curvature)}) that one step multiplies the error by c = 1 − α·∂²L/∂y² = ${fmt(f.c, 6)}, so close to 1 that each step removes only a sliver of the error.`;
    case 'minimum':
      return `Near the minimiser ${near(f.yMin)} the loss curves with ∂²L/∂y² = ${fmt(f.curvature)}, so one step multiplies the error by c = 1 − α·∂²L/∂y² = ${fmtNear(f.c, f.c < 0 ? -1 : 1)}: ${MINIMUM_STORY[f.swing]}.`;
    case 'steep-way':
      return `${f.reason} Near the minimiser ${near(f.yMin)} itself the step would be stable (c = ${fmt(f.c)}): it is the steep loss on the way there that throws the iterate out.`;
  }
}

/** Why an inversion left the bounds at step n, in numbers. */
export type DivergenceFinding =
  | { kind: 'unstable-line'; alpha: number; a: number; n: number }
  | { kind: 'out-of-bounds'; yStar: number; c: number; n: number }
  | { kind: 'curvature'; y: number; curvature: number; s: number; limit: number; momentum: Momentum | null; n: number };

/** The sentence a diverged inversion carries in its `reason`. */
export function divergenceWords(f: DivergenceFinding): string {
  const passed = `y left [−${fmt(DIVERGENCE_BOUND)}, ${fmt(DIVERGENCE_BOUND)}] at step ${f.n}.`;
  if (f.kind === 'unstable-line') return `${unstableFactorClause(f.alpha, f.a)}: ${passed}`;
  if (f.kind === 'out-of-bounds') return answerOutOfBounds(f.yStar, f.c, f.n);
  const withMomentum = f.momentum ? `with ${momentumPhrase(f.momentum)} ` : '';
  const verdict =
    f.s > f.limit
      ? `above the limit ${fmt(f.limit)} ${withMomentum}for a stable step: each step overshoots the minimum by more than it corrects`
      : `within the limit ${fmt(f.limit)} ${withMomentum}there, so this step did not overshoot: y was carried out of the bounds towards a minimum of L beyond them, or towards none`;
  return `At y = ${fmt(f.y)} the loss curves with ∂²L/∂y² = ${fmt(f.curvature)}, so α·∂²L/∂y² = ${fmtNear(f.s, f.limit)}, ${verdict}; ${passed}`;
}

/** One sentence summing up a finished inversion, for a readout or live region. */
export function describeRun(
  result: InversionResult,
  params: { model: Model | ModelName; theta: Theta; x: number },
): string {
  const last = result.steps[result.steps.length - 1];
  if (result.status === 'diverged' || !last) return `Diverged. ${result.reason ?? ''}`.trim();
  const where = `y = ${fmt(last.y, 6)}, L = ${fmt(last.loss)}, ∂L/∂y = ${fmt(last.grad)}`;
  if (result.status === 'converged') return `Converged after ${last.n} steps: ${where} (x = ${fmt(params.x)}).`;
  return `Stopped after ${last.n} steps, not yet converged: ${where}.`;
}

/** An inversion badge: tone, label and reason (the same shape as the training badge's words). */
export interface InversionBadgeWords {
  tone: 'converging' | 'oscillating' | 'diverging' | 'converged' | 'diverged' | 'info';
  label: string;
  reason: string;
}

const REGIME_LABEL: Record<Regime, string> = {
  converging: 'Converging.',
  oscillating: 'Oscillating, converging.',
  cycling: 'Oscillating for ever (period 2).',
  diverging: 'Diverging.',
  converged: 'Converged.',
  stuck: 'Stuck.',
};

/** The badge at step k of an inversion: its divergence and why, or its regime in words. */
export function inversionBadgeWords(result: InversionResult, regime: RegimeReport, k: number): InversionBadgeWords {
  const atEnd = k === result.steps.length - 1;
  if (result.status === 'diverged') {
    // Step divergedAt is not recorded, so the step counter stops at the one before it: say both.
    const lastStep = result.steps.length - 1;
    const outside = result.cause === 'out-of-bounds';
    const label = outside
      ? atEnd
        ? `Out of bounds after step ${lastStep}: step ${result.divergedAt} leaves them.`
        : 'Heading out of bounds.'
      : atEnd
        ? `Diverged after step ${lastStep}: step ${result.divergedAt} leaves the bounds.`
        : 'Diverging.';
    return { tone: outside ? 'oscillating' : 'diverged', label, reason: result.reason ?? regime.reason };
  }
  if (regime.stuck) {
    return {
      tone: 'oscillating',
      label: regime.finding?.kind === 'hump' ? 'Stuck on a hump.' : 'Stuck.',
      reason: regime.reason,
    };
  }
  if (result.status === 'converged' && atEnd) return { tone: 'converged', label: 'Converged.', reason: regime.reason };
  const tone = regime.regime === 'cycling' || regime.regime === 'stuck' ? 'oscillating' : regime.regime;
  return { tone, label: REGIME_LABEL[regime.regime], reason: regime.reason };
}
