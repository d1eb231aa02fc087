/**
 * Which regime a step size puts the inversion in (converging, oscillating, cycling, diverging,
 * stuck) and why, found from numbers: c = 1 − 2αa² for the line, the curvature at the minimiser
 * a probe run approaches for other models. The sentences come from the words layer
 * (explainInversion.ts); this module only decides which finding holds.
 */
import { contraction, linearFixedPoint } from '../inversion/closedForms.ts';
import { linearBehaviour } from '../../words/explain.ts';
import { inversionWords, type InversionFinding, type Where } from '../../words/explainInversion.ts';
import { resolveInversion, type ResolvedInversion } from '../inversion/inversionParams.ts';
import { invert, type InversionParams, type InversionStep } from '../inversion/invert.ts';
import { kernelFor } from '../core/lossKernel.ts';
import { isLinear, tanhModel } from '../core/models.ts';
import { stableLimit, stepFactor } from './stability.ts';
import { DIVERGENCE_BOUND } from '../core/validate.ts';

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
  /** The numbers the reason was written from (see explainInversion.ts). */
  finding?: InversionFinding;
  /** True when the iterate rests where ∂L/∂y = 0 on a maximum of L: stationary, but no inverse. */
  stuck?: boolean;
}

/** Parameters of {@link inversionRegime}: an inversion without its step count. */
export type RegimeParams = Omit<InversionParams, 'steps' | 'y0' | 'tol' | 'stopWhenConverged'> & { y0?: number };

/** Steps of the actual run the nonlinear regime check looks at before judging. */
const PROBE_STEPS = 2000;

function report(regime: Regime, finding: InversionFinding, extra: { c?: number; stuck?: boolean } = {}): RegimeReport {
  return { regime, ...extra, reason: inversionWords(finding), finding };
}

function regimeFromFactor(c: number, complex: boolean): 'converging' | 'oscillating' | 'diverging' {
  if (Math.abs(c) >= 1) return 'diverging';
  return complex || c < 0 ? 'oscillating' : 'converging';
}

function linearRegime(p: ResolvedInversion, yStart: number | undefined): RegimeReport {
  const [a = 0, b = 0] = p.theta;
  if (a === 0) return report('stuck', { kind: 'flat-model', xIsB: p.x === b }, { c: 1, stuck: true });
  const yStar = linearFixedPoint({ a, b, x: p.x });
  const c = contraction(p.alpha, a);
  if (yStart !== undefined && Math.abs(yStart - yStar) <= 1e-12 * Math.max(1, Math.abs(yStar))) {
    return report('converged', { kind: 'start-is-inverse', y0: yStart, yStar }, { c });
  }
  if (p.momentum) return momentumRegime(p, 2 * a * a, { yStar });
  if (Math.abs(yStar) > DIVERGENCE_BOUND && Math.abs(c) < 1) {
    return report(c < 0 ? 'oscillating' : 'converging', { kind: 'out-of-bounds', yStar, c }, { c });
  }
  const behaviour = linearBehaviour(c);
  const regime: Regime = {
    'one-step': 'converging',
    monotone: 'converging',
    oscillating: 'oscillating',
    cycling: 'cycling',
    frozen: 'stuck',
    diverging: 'diverging',
  }[behaviour] as Regime;
  const finding: InversionFinding = { kind: 'linear', behaviour, alpha: p.alpha, a, yStar };
  return report(regime, finding, behaviour === 'frozen' ? { c, stuck: true } : { c });
}

function momentumRegime(p: ResolvedInversion, curvature: number, at: Where): RegimeReport {
  const momentum = p.momentum;
  if (!momentum) throw new Error('momentumRegime needs momentum');
  const s = p.alpha * curvature;
  const { c, complex } = stepFactor(s, momentum);
  const swing = regimeFromFactor(c, complex);
  return report(swing, { kind: 'momentum', momentum, s, limit: stableLimit(momentum), c, swing, at }, { c });
}

function nonlinearRegime(p: ResolvedInversion, yStart: number): RegimeReport {
  const [a = 0, b = 0] = p.theta;
  if (p.model.f === tanhModel.f && Math.abs(p.x - b) >= Math.abs(a)) {
    return report('diverging', { kind: 'tanh-no-inverse', gap: Math.abs(p.x - b), a });
  }
  const run = invert({ ...p, y0: yStart, steps: PROBE_STEPS, tol: 1e-10, stopWhenConverged: true });
  const last = run.steps[run.steps.length - 1];
  if (run.status === 'converged' && last && curvatureAt(p, last.y) < 0) {
    // ∂L/∂y = 0 on a hump of L: gradient descent cannot move, but this is no inverse.
    const curvature = curvatureAt(p, last.y);
    return report('converged', { kind: 'hump', y: last.y, curvature }, { c: 1 - p.alpha * curvature, stuck: true });
  }
  if (run.status === 'converged' && last && last.n === 0) {
    const c = 1 - p.alpha * curvatureAt(p, last.y);
    return report('converged', { kind: 'start-minimises', y0: yStart, grad: last.grad }, { c });
  }
  if (run.status === 'converged' && last) return describeMinimum(p, last.y);
  const yMin = newtonMinimiser(p, run.status === 'diverged' || !last ? yStart : last.y);
  if (run.status === 'diverged') {
    const reason = run.reason ?? 'The run diverged.';
    if (yMin === null) return { regime: 'diverging', reason };
    const nearMin = describeMinimum(p, yMin);
    if (nearMin.regime === 'diverging') return { regime: 'diverging', reason, c: nearMin.c };
    return report('diverging', { kind: 'steep-way', reason, yMin, c: nearMin.c ?? NaN }, { c: nearMin.c });
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
  if (p.momentum) return momentumRegime(p, curvature, { yMin });
  const c = 1 - p.alpha * curvature;
  if (p.alpha * curvature < 1e-9) return report('converging', { kind: 'flat-minimum', yMin }, { c });
  if (c > 0.99) return report('converging', { kind: 'slow-minimum', yMin, curvature, c }, { c });
  const swing = regimeFromFactor(c, false);
  return report(swing, { kind: 'minimum', yMin, curvature, c, swing }, { c });
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
