/**
 * Explanations of an inversion for students: which regime a step size puts
 * the iteration in (converging, oscillating, diverging), and why a run
 * diverged. Widgets show these sentences verbatim.
 */
import { contraction, linearFixedPoint } from './closedForms.ts';
import { answerOutOfBounds, linearBehaviour, unstableFactorClause } from './explain.ts';
import { fmt, fmtNear } from './format.ts';
import { resolveInversion, type ResolvedInversion } from './inversionParams.ts';
import { invert, type InversionParams, type InversionResult, type InversionStep } from './invert.ts';
import { kernelFor } from './lossKernel.ts';
import { isLinear, tanhModel, type Model, type ModelName, type Theta } from './models.ts';
import { momentumPhrase, stableLimit, stepFactor } from './stability.ts';
import { DIVERGENCE_BOUND } from './validate.ts';

/**
 * The regimes an inversion can be in: 'oscillating' zig-zags in (it converges), 'cycling' jumps
 * between two points for ever (c = −1, bounded), 'stuck' never moves although no y reproduces x.
 */
export type Regime = 'converging' | 'oscillating' | 'cycling' | 'diverging' | 'converged' | 'stuck';

/** A regime, the per-step factor c behind it, and a sentence explaining both. */
export interface RegimeReport {
  regime: Regime;
  /** The factor one step multiplies the error by near the minimiser (see stepFactor). */
  c?: number;
  reason: string;
  /** True when the iterate rests where ∂L/∂y = 0 on a maximum of L: stationary, but no inverse. */
  stuck?: boolean;
}

/** Parameters of {@link inversionRegime}: an inversion without its step count. */
export type RegimeParams = Omit<InversionParams, 'steps' | 'y0' | 'tol' | 'stopWhenConverged'> & { y0?: number };

/** Steps of the actual run the nonlinear regime check looks at before judging. */
const PROBE_STEPS = 2000;

function regimeFromFactor(c: number, complex: boolean): Regime {
  if (Math.abs(c) >= 1) return 'diverging';
  return complex || c < 0 ? 'oscillating' : 'converging';
}

function linearRegime(p: ResolvedInversion, yStart: number | undefined): RegimeReport {
  const [a = 0, b = 0] = p.theta;
  const yStar = linearFixedPoint({ a, b, x: p.x });
  if (a === 0) {
    return {
      regime: 'stuck',
      c: 1,
      stuck: true,
      reason: `With a = 0, f(y) = b ignores y: ∂L/∂y is 0 everywhere, so the iterate never moves${p.x === b ? ', and every y reproduces x = b' : ' and no y reproduces x'}.`,
    };
  }
  const at = `y* = (x − b)/a = ${fmt(yStar)}`;
  if (yStart !== undefined && Math.abs(yStart - yStar) <= 1e-12 * Math.max(1, Math.abs(yStar))) {
    return {
      regime: 'converged',
      c: contraction(p.alpha, a),
      reason: `The start y0 = ${fmt(yStart)} already is the inverse ${at}.`,
    };
  }
  const aa = p.alpha * a * a;
  if (p.momentum) return momentumRegime(p, 2 * a * a, at);
  const c = contraction(p.alpha, a);
  const head = `α·a² = ${fmtNear(aa, [0.5, 1])}, so each step multiplies the error y − y* by c = 1 − 2αa² = ${fmtNear(c, -1)}`;
  const behaviour = linearBehaviour(c);
  if (Math.abs(yStar) > DIVERGENCE_BOUND && Math.abs(c) < 1) {
    return { regime: c < 0 ? 'oscillating' : 'converging', c, reason: answerOutOfBounds(yStar, c) };
  }
  switch (behaviour) {
    case 'one-step':
      return {
        regime: 'converging',
        c,
        reason: `α·a² = 0.5, so c = 1 − 2αa² = 0: a single step lands exactly on ${at}.`,
      };
    case 'monotone':
      return {
        regime: 'converging',
        c,
        reason: `${head}: the error keeps ${fmtNear(100 * c, 100)}% of its size each step and the iterate slides into ${at} from one side.`,
      };
    case 'oscillating':
      return {
        regime: 'oscillating',
        c,
        reason: `${head}: every step overshoots ${at} and flips the sign of the error, which still shrinks to ${fmtNear(-100 * c, 100)}% per step, so the iterate zig-zags in.`,
      };
    case 'cycling':
      return {
        regime: 'cycling',
        c,
        reason: `α·a² = 1, so c = 1 − 2αa² = −1 exactly: the iterate jumps between two points at the same distance either side of ${at} for ever, a bounded 2-cycle that never gets closer.`,
      };
    case 'frozen':
      return {
        regime: 'stuck',
        c,
        stuck: true,
        reason: `α·a² = ${fmt(aa)} is too small to change y in floating point: c = 1 − 2αa² rounds to 1 and the iterate never moves towards ${at}.`,
      };
    default:
      return {
        regime: 'diverging',
        c,
        reason: `${unstableFactorClause(p.alpha, a)}: the iterate zig-zags ever further from ${at}.`,
      };
  }
}

function momentumRegime(p: ResolvedInversion, curvature: number, at: string): RegimeReport {
  const momentum = p.momentum;
  if (!momentum) throw new Error('momentumRegime needs momentum');
  const s = p.alpha * curvature;
  const { c, complex } = stepFactor(s, momentum);
  const regime = regimeFromFactor(c, complex);
  const limit = stableLimit(momentum);
  const head = `With ${momentumPhrase(momentum)}, α·∂²L/∂y² = ${fmtNear(s, limit)} near ${at}; the run is stable while it stays below ${fmt(limit)}.`;
  const tail =
    regime === 'diverging'
      ? ` Here it is not: the error grows by a factor ${fmtNear(Math.abs(c), 1)} per step.`
      : regime === 'oscillating'
        ? ` The error swings across the minimum, shrinking by a factor ${fmtNear(Math.abs(c), 1)} per step.`
        : ` The error shrinks by a factor ${fmtNear(c, 1)} per step without changing sign.`;
  return { regime, c, reason: head + tail };
}

function nonlinearRegime(p: ResolvedInversion, yStart: number): RegimeReport {
  const [a = 0, b = 0] = p.theta;
  if (p.model.f === tanhModel.f && Math.abs(p.x - b) >= Math.abs(a)) {
    return {
      regime: 'diverging',
      reason: `No y gives f(y) = x: |x − b| = ${fmt(Math.abs(p.x - b))} ≥ |a| = ${fmt(Math.abs(a))} and tanh never reaches ±1, so L has no minimum and y drifts off towards ±∞, ever more slowly.`,
    };
  }
  const run = invert({ ...p, y0: yStart, steps: PROBE_STEPS, tol: 1e-10, stopWhenConverged: true });
  const last = run.steps[run.steps.length - 1];
  if (run.status === 'converged' && last && curvatureAt(p, last.y) < 0) {
    // ∂L/∂y = 0 on a hump of L: gradient descent cannot move, but this is no inverse.
    return {
      regime: 'converged',
      stuck: true,
      c: 1 - p.alpha * curvatureAt(p, last.y),
      reason: `Stuck on a hump: at y = ${fmt(last.y, 4)} the slope ∂L/∂y is 0 but L curves down (∂²L/∂y² = ${fmt(curvatureAt(p, last.y))} < 0), so this is a maximum of L, not an inverse; the slightest nudge slides away to a true minimum.`,
    };
  }
  if (run.status === 'converged' && last && last.n === 0) {
    return {
      regime: 'converged',
      c: 1 - p.alpha * curvatureAt(p, last.y),
      reason: `The start y0 = ${fmt(yStart)} already minimises L (∂L/∂y = ${fmt(last.grad)}).`,
    };
  }
  if (run.status === 'converged' && last) return describeMinimum(p, last.y);
  const yMin = newtonMinimiser(p, run.status === 'diverged' || !last ? yStart : last.y);
  if (run.status === 'diverged') {
    const report: RegimeReport = { regime: 'diverging', reason: run.reason ?? 'The run diverged.' };
    if (yMin === null) return report;
    const near = describeMinimum(p, yMin);
    if (near.regime === 'diverging') return { ...report, c: near.c };
    return {
      regime: 'diverging',
      c: near.c,
      reason: `${report.reason} Near the minimiser y ≈ ${fmt(Math.abs(yMin) < 1e-12 ? 0 : yMin, 4)} itself the step would be stable (c = ${fmt(near.c ?? NaN)}): it is the steep loss on the way there that throws the iterate out.`,
    };
  }
  // Still moving after PROBE_STEPS: judge α at the minimiser the run is heading for.
  return describeMinimum(p, yMin ?? (last as InversionStep).y);
}

function curvatureAt(p: ResolvedInversion, y: number): number {
  const buf = new Float64Array(2 + p.theta.length);
  kernelFor(p.model).second(p.x, y, p.theta, buf);
  return buf[1] as number;
}

/**
 * A minimiser of L near `start`, by damped Newton steps y ← y − t·(∂L/∂y)/(∂²L/∂y²)
 * (t halved until L decreases; a plain gradient direction where ∂²L/∂y² ≤ 0),
 * at most 200 of them. Null when it runs off past the divergence bound.
 */
function newtonMinimiser(p: ResolvedInversion, start: number): number | null {
  const kernel = kernelFor(p.model);
  const buf = new Float64Array(2 + p.theta.length);
  let y = start;
  let loss = kernel.loss(p.x, y, p.theta);
  for (let i = 0; i < 200; i++) {
    kernel.second(p.x, y, p.theta, buf);
    const g = buf[0] as number;
    const h = buf[1] as number;
    if (g === 0) break;
    const step = h > 0 ? -g / h : -Math.sign(g) * Math.max(1, Math.abs(y));
    let t = 1;
    let next = y + step;
    let nextLoss = kernel.loss(p.x, next, p.theta);
    while (!(nextLoss < loss) && t > 1e-12) {
      t /= 2;
      next = y + t * step;
      nextLoss = kernel.loss(p.x, next, p.theta);
    }
    if (!(nextLoss < loss)) break;
    y = next;
    loss = nextLoss;
    if (!(Math.abs(y) <= DIVERGENCE_BOUND)) return null;
  }
  return y;
}

/** The regime from the curvature at the minimiser yMin the run approaches. */
function describeMinimum(p: ResolvedInversion, yMin: number): RegimeReport {
  const curvature = curvatureAt(p, yMin);
  const at = `y ≈ ${fmt(Math.abs(yMin) < 1e-12 ? 0 : yMin, 4)}`;
  if (p.momentum) return momentumRegime(p, curvature, at);
  const c = 1 - p.alpha * curvature;
  const where = `near the minimiser ${at} the loss curves with ∂²L/∂y² = ${fmt(curvature)}, so one step multiplies the error by c = 1 − α·∂²L/∂y² = ${fmtNear(c, c < 0 ? -1 : 1)}`;
  if (p.alpha * curvature < 1e-9) {
    return {
      regime: 'converging',
      c,
      reason: `Slowly: L is flat to second order at the minimiser ${at} (∂²L/∂y² = 0), so the iterate creeps in more slowly than any fixed factor per step.`,
    };
  }
  if (c > 0.99) {
    const slow = `near the minimiser ${at} the loss is so flat (∂²L/∂y² = ${fmt(curvature)}) that one step multiplies the error by c = 1 − α·∂²L/∂y² = ${fmt(c, 6)}`;
    return {
      regime: 'converging',
      c,
      reason: `Slowly: ${slow}, so close to 1 that each step removes only a sliver of the error.`,
    };
  }
  const regime = regimeFromFactor(c, false);
  const story =
    regime === 'converging'
      ? 'the iterate slides in from one side'
      : regime === 'oscillating'
        ? 'the iterate overshoots and zig-zags in'
        : 'each step overshoots by more than it corrects, so the iterate never settles';
  return { regime, c, reason: `${where[0]?.toUpperCase()}${where.slice(1)}: ${story}.` };
}

/**
 * The regime of gradient descent on L_θ(x, ·) with step α (and momentum, if
 * given). Linear model: from c = 1 − 2αa² (c in (0, 1) converging from one
 * side, c = 0 one exact step, c in (−1, 0) oscillating but converging,
 * |c| ≥ 1 diverging). Other models: the run from y0 (default 0) is taken for up
 * to 2000 steps; if it diverges the regime is 'diverging', otherwise it comes
 * from c = 1 − α·∂²L/∂y² at the minimiser the run approaches (located by
 * Newton's method from where the run got to). 'converged' means y0 already is
 * a minimiser.
 */
export function inversionRegime(params: RegimeParams): RegimeReport {
  const p = resolveInversion({ ...params, steps: 0, y0: params.y0 ?? 0 });
  if (isLinear(p.model)) return linearRegime(p, params.y0);
  return nonlinearRegime(p, p.y0);
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
