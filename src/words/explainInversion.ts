/**
 * The words layer for the inner inversion: every sentence about an inversion's regime or
 * divergence, built from a finding the solver (analysis/regime.ts, analysis/divergence.ts)
 * computed. With explainTraining.ts this is the only place that writes prose about runs.
 */
import { DIVERGENCE_BOUND } from '../solver/core/validate.ts';
import type { InversionFinding, Regime, RegimeReport, Where } from '../solver/analysis/types.ts';
import type { Model, ModelName, Theta } from '../solver/core/types.ts';
import type { DivergenceFinding, InversionOutcome, InversionResult, Momentum } from '../solver/inversion/types.ts';
import { answerOutOfBounds, unstableFactorClause } from './clauses.ts';
import { formatNear, formatValue } from './format.ts';

/** Describes a momentum setting for a sentence, e.g. "heavy-ball momentum μ = 0.9". */
export function momentumPhrase(momentum: Momentum): string {
  return `${momentum.kind === 'heavy-ball' ? 'heavy-ball' : 'Nesterov'} momentum μ = ${momentum.mu}`;
}

const near = (y: number) => `y ≈ ${formatValue(Math.abs(y) < 1e-12 ? 0 : y, 4)}`;
const whereText = (w: Where) => ('yStar' in w ? `y* = (x − b)/a = ${formatValue(w.yStar)}` : near(w.yMin));

function linearWords(f: Extract<InversionFinding, { kind: 'linear' }>): string {
  const aa = f.alpha * f.a * f.a;
  const c = 1 - 2 * aa;
  const at = whereText({ yStar: f.yStar });
  const head = `α·a² = ${formatNear(aa, [0.5, 1])}, so each step multiplies the error y − y* by c = 1 − 2αa² = ${formatNear(c, -1)}`;
  switch (f.behaviour) {
    case 'one-step':
      return `α·a² = 0.5, so c = 1 − 2αa² = 0: a single step lands exactly on ${at}.`;
    case 'monotone':
      return `${head}: the error keeps ${formatNear(100 * c, 100)}% of its size each step and the iterate slides into ${at} from one side.`;
    case 'oscillating':
      return `${head}: every step overshoots ${at} and flips the sign of the error, which still shrinks to ${formatNear(-100 * c, 100)}% per step, so the iterate zig-zags in.`;
    case 'cycling':
      return `α·a² = 1, so c = 1 − 2αa² = −1 exactly: the iterate jumps between two points at the same distance either side of ${at} for ever, a bounded 2-cycle that never gets closer.`;
    case 'frozen':
      return `α·a² = ${formatValue(aa)} is too small to change y in floating point: c = 1 − 2αa² rounds to 1 and the iterate never moves towards ${at}.`;
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
      return `The start y0 = ${formatValue(f.y0)} already is the inverse ${whereText({ yStar: f.yStar })}.`;
    case 'linear':
      return linearWords(f);
    case 'out-of-bounds':
      return answerOutOfBounds(f.yStar, f.c);
    case 'momentum': {
      const head = `With ${momentumPhrase(f.momentum)}, α·∂²L/∂y² = ${formatNear(f.s, f.limit)} near ${whereText(f.at)}; the run is stable while it stays below ${formatValue(f.limit)}.`;
      const tail =
        f.swing === 'diverging'
          ? ` Here it is not: the error grows by a factor ${formatNear(Math.abs(f.c), 1)} per step.`
          : f.swing === 'oscillating'
            ? ` The error swings across the minimum, shrinking by a factor ${formatNear(Math.abs(f.c), 1)} per step.`
            : ` The error shrinks by a factor ${formatNear(f.c, 1)} per step without changing sign.`;
      return head + tail;
    }
    case 'tanh-no-inverse':
      return `No y gives f(y) = x: |x − b| = ${formatValue(f.gap)} ≥ |a| = ${formatValue(Math.abs(f.a))} and tanh never reaches ±1, so L has no minimum and y drifts off towards ±∞, ever more slowly.`;
    case 'hump':
      return `Stuck on a hump: at y = ${formatValue(f.y, 4)} the slope ∂L/∂y is 0 but L curves down (∂²L/∂y² = ${formatValue(f.curvature)} < 0), so this is a maximum of L, not an inverse; the slightest nudge slides away to a true minimum.`;
    case 'start-minimises':
      return `The start y0 = ${formatValue(f.y0)} already minimises L (∂L/∂y = ${formatValue(f.grad)}).`;
    case 'flat-minimum':
      return `Slowly: L is flat to second order at the minimiser ${near(f.yMin)} (∂²L/∂y² = 0), so the iterate creeps in more slowly than any fixed factor per step.`;
    case 'slow-minimum':
      return `Slowly: near the minimiser ${near(f.yMin)} the loss is so flat (∂²L/∂y² = ${formatValue(f.curvature)}) that one step multiplies the error by c = 1 − α·∂²L/∂y² = ${formatValue(f.c, 6)}, so close to 1 that each step removes only a sliver of the error.`;
    case 'minimum':
      return `Near the minimiser ${near(f.yMin)} the loss curves with ∂²L/∂y² = ${formatValue(f.curvature)}, so one step multiplies the error by c = 1 − α·∂²L/∂y² = ${formatNear(f.c, f.c < 0 ? -1 : 1)}: ${MINIMUM_STORY[f.swing]}.`;
    case 'diverged-run':
      return divergedRunWords(f.divergence);
    case 'steep-way':
      return `${divergedRunWords(f.divergence)} Near the minimiser ${near(f.yMin)} itself the step would be stable (c = ${formatValue(f.c)}): it is the steep loss on the way there that throws the iterate out.`;
  }
}

/** The sentence for a probe run that diverged, from its finding when it has one. */
function divergedRunWords(f: DivergenceFinding | undefined): string {
  return f ? divergenceWords(f) : 'The run diverged.';
}

/** The sentence for a regime report: why the inversion is in that regime. */
export function regimeReason(report: RegimeReport): string {
  return inversionWords(report.finding);
}

/** The sentence explaining why a diverged inversion diverged; undefined when it did not. */
export function inversionReason(outcome: InversionOutcome): string | undefined {
  return outcome.finding ? divergenceWords(outcome.finding) : undefined;
}

/** The sentence for why an inversion left the bounds (a diverged run's reason). */
export function divergenceWords(f: DivergenceFinding): string {
  const passed = `y left [−${formatValue(DIVERGENCE_BOUND)}, ${formatValue(DIVERGENCE_BOUND)}] at step ${f.n}.`;
  if (f.kind === 'unstable-line') return `${unstableFactorClause(f.alpha, f.a)}: ${passed}`;
  if (f.kind === 'out-of-bounds') return answerOutOfBounds(f.yStar, f.c, f.n);
  const withMomentum = f.momentum ? `with ${momentumPhrase(f.momentum)} ` : '';
  const verdict =
    f.s > f.limit
      ? `above the limit ${formatValue(f.limit)} ${withMomentum}for a stable step: each step overshoots the minimum by more than it corrects`
      : `within the limit ${formatValue(f.limit)} ${withMomentum}there, so this step did not overshoot: y was carried out of the bounds towards a minimum of L beyond them, or towards none`;
  return `At y = ${formatValue(f.y)} the loss curves with ∂²L/∂y² = ${formatValue(f.curvature)}, so α·∂²L/∂y² = ${formatNear(f.s, f.limit)}, ${verdict}; ${passed}`;
}

/** One sentence summing up a finished inversion, for a readout or live region. */
export function describeRun(
  result: InversionResult,
  params: { model: Model | ModelName; theta: Theta; x: number },
): string {
  const last = result.steps[result.steps.length - 1];
  if (result.status === 'diverged' || !last) return `Diverged. ${inversionReason(result) ?? ''}`.trim();
  const where = `y = ${formatValue(last.y, 6)}, L = ${formatValue(last.loss)}, ∂L/∂y = ${formatValue(last.grad)}`;
  if (result.status === 'converged') return `Converged after ${last.n} steps: ${where} (x = ${formatValue(params.x)}).`;
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
  const why = regimeReason(regime);
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
    return { tone: outside ? 'oscillating' : 'diverged', label, reason: inversionReason(result) ?? why };
  }
  if (regime.stuck) {
    return {
      tone: 'oscillating',
      label: regime.finding?.kind === 'hump' ? 'Stuck on a hump.' : 'Stuck.',
      reason: why,
    };
  }
  if (result.status === 'converged' && atEnd) return { tone: 'converged', label: 'Converged.', reason: why };
  const tone = regime.regime === 'cycling' || regime.regime === 'stuck' ? 'oscillating' : regime.regime;
  return { tone, label: REGIME_LABEL[regime.regime], reason: why };
}
