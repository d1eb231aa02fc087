/**
 * Prediction as inversion: h_θ(x) = g(N) ≈ argmin_y L_θ(x, y), found by
 * gradient descent on L_θ(x, y) = (x − f_θ(y))²:
 *
 *   g(0) = y0,   g(n+1) = g(n) − α·∂L/∂y(g(n))
 *
 * optionally with momentum (velocity v(0) = 0, μ in [0, 1)):
 *   heavy-ball  v(n+1) = μ·v(n) − α·∂L/∂y(g(n)),          g(n+1) = g(n) + v(n+1)
 *   Nesterov    v(n+1) = μ·v(n) − α·∂L/∂y(g(n) + μ·v(n)),  g(n+1) = g(n) + v(n+1)
 *
 * Every step is recorded, so a widget can step back and forth for free.
 */
import { resolveInversion, type ResolvedInversion } from './inversionParams.ts';
import { kernelFor } from '../core/lossKernel.ts';
import { divergenceFinding } from '../analysis/divergence.ts';
import { divergenceWords, type DivergenceFinding } from '../../words/explainInversion.ts';
import { DIVERGENCE_BOUND } from '../core/validate.ts';
import type { Model, ModelName, Theta } from '../core/models.ts';

/** Momentum for the inversion; mu = 0 is plain gradient descent. */
export interface Momentum {
  kind: 'heavy-ball' | 'nesterov';
  /** μ in [0, 1): the share of the previous step carried into the next. */
  mu: number;
}

/** Parameters of one inversion. */
export interface InversionParams {
  /** The forward model f_θ, or a built-in model's name. */
  model: Model | ModelName;
  /** θ, e.g. [a, b]. */
  theta: Theta;
  /** The observation x to invert. */
  x: number;
  /** α > 0, the step width. */
  alpha: number;
  /** N, the number of gradient steps (0…MAX_STEPS). */
  steps: number;
  /** g(0), the initial guess. */
  y0: number;
  momentum?: Momentum | null;
  /** Relative convergence tolerance on |Δy| and on the distance |∂L/∂y|/∂²L/∂y² to the minimum (default 1e-12). */
  tol?: number;
  /** Stop at the first converged step instead of recording all N (default false). */
  stopWhenConverged?: boolean;
}

/** One recorded iterate of the inversion. */
export interface InversionStep {
  /** Step index n (0 is the start). */
  n: number;
  /** g(n). */
  y: number;
  /** L_θ(x, g(n)). */
  loss: number;
  /** ∂L/∂y at g(n). */
  grad: number;
  /** g(n+1), when that step was recorded too. */
  next?: number;
  /**
   * With momentum: the gradient the step used, ∂L/∂y at g(n) (heavy ball) or at the
   * look-ahead g(n) + μ·v(n) (Nesterov).
   */
  pull?: number;
}

/** How a run ended. */
export type RunStatus = 'converged' | 'max-steps' | 'diverged';

/** The end of a run, without its records. */
export interface InversionOutcome {
  /**
   * 'converged': the last step moved by at most tol·max(1, |y|) and is within that of the
   * minimum by the local curvature (see isConverged);
   * 'max-steps': N steps were taken without that; 'diverged': see divergedAt.
   */
  status: RunStatus;
  /** A sentence for students explaining the status (always set when diverged). */
  reason?: string;
  /** Why it diverged: an unstable step, an answer beyond the bounds, or the local curvature. */
  cause?: DivergenceFinding['kind'];
  /**
   * Index of the first step whose y passed ±DIVERGENCE_BOUND or whose y, loss or
   * gradient was not finite. That step is not recorded, so steps.length === divergedAt.
   */
  divergedAt?: number;
}

/** A whole inversion: every recorded step and how the run ended. */
export interface InversionResult extends InversionOutcome {
  steps: InversionStep[];
}

function diverged(p: ResolvedInversion, n: number, lastY: number): InversionOutcome {
  const finding = divergenceFinding(p, n, lastY);
  return { status: 'diverged', divergedAt: n, reason: divergenceWords(finding), cause: finding.kind };
}

function outOfBounds(y: number, loss: number, grad: number): boolean {
  return !(Math.abs(y) <= DIVERGENCE_BOUND && Number.isFinite(loss) && Number.isFinite(grad));
}

/**
 * Converged, judged relative to the problem's scale s = max(1, |y|): the last move |Δy| ≤ tol·s,
 * and the distance to the minimum that the local curvature predicts, |∂L/∂y| / (∂²L/∂y²), is
 * ≤ tol·s too (an absolute test on ∂L/∂y would call a = 1e−7 converged at y ≈ 1e−13 when y* = 1).
 * Also converged: ∂L/∂y exactly 0 (the regime says whether that is a minimum), or a residual
 * x − f(y) at the level of rounding in x.
 */
function isConverged(
  kernel: ReturnType<typeof kernelFor>,
  p: ResolvedInversion,
  y: number,
  loss: number,
  grad: number,
  dy: number,
  buf: Float64Array,
): boolean {
  const s = Math.max(1, Math.abs(y));
  if (!(Math.abs(dy) <= p.tol * s)) return false;
  if (grad === 0) return true;
  const residual = Math.sqrt(loss);
  if (residual <= 16 * Number.EPSILON * (Math.abs(p.x) + residual)) return true;
  kernel.second(p.x, y, p.theta, buf);
  const curvature = buf[1] as number;
  return curvature > 0 && Math.abs(grad) <= p.tol * s * curvature;
}

/**
 * Yields the inversion's steps one at a time (n = 0, 1, …) and returns its
 * {@link InversionOutcome}. Each step is yielded once its successor is known,
 * so `next` is filled in. Parameters are validated here, before the first step.
 */
export function invertSteps(params: InversionParams): Generator<InversionStep, InversionOutcome, void> {
  return run(resolveInversion(params));
}

function* run(p: ResolvedInversion): Generator<InversionStep, InversionOutcome, void> {
  const kernel = kernelFor(p.model);
  const { theta, x, alpha, tol } = p;
  const mu = p.momentum?.mu ?? 0;
  const nesterov = p.momentum?.kind === 'nesterov';
  let y = p.y0;
  let loss = kernel.loss(x, y, theta);
  let grad = kernel.dLdy(x, y, theta);
  if (outOfBounds(y, loss, grad)) {
    return diverged(p, 0, y);
  }
  let v = 0;
  let dy = Infinity;
  const buf = new Float64Array(2 + theta.length);
  for (let n = 0; ; n++) {
    const converged = isConverged(kernel, p, y, loss, grad, n === 0 ? 0 : dy, buf);
    const step: InversionStep = { n, y, loss, grad };
    if (n === p.steps || (converged && p.stopWhenConverged)) {
      yield step;
      return converged ? { status: 'converged' } : { status: 'max-steps' };
    }
    let next: number;
    if (p.momentum) {
      const pull = nesterov ? kernel.dLdy(x, y + mu * v, theta) : grad;
      v = mu * v - alpha * pull;
      next = y + v;
      step.pull = pull;
    } else {
      next = y - alpha * grad;
    }
    const nextLoss = kernel.loss(x, next, theta);
    const nextGrad = kernel.dLdy(x, next, theta);
    if (outOfBounds(next, nextLoss, nextGrad)) {
      yield step;
      return diverged(p, n + 1, y);
    }
    step.next = next;
    yield step;
    dy = next - y;
    y = next;
    loss = nextLoss;
    grad = nextGrad;
  }
}

/** Runs {@link invertSteps} to the end and collects its records. */
export function invert(params: InversionParams): InversionResult {
  const steps: InversionStep[] = [];
  const stepper = invertSteps(params);
  for (;;) {
    const r = stepper.next();
    if (r.done) return { steps, ...r.value };
    steps.push(r.value);
  }
}
