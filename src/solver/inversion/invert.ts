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
import { f64At } from '../core/nth.ts';
import { resolveInversion } from './inversionParams.ts';
import { kernelFor } from '../core/lossKernel.ts';
import { divergenceFinding } from '../analysis/divergence.ts';
import { DIVERGENCE_BOUND } from '../core/validate.ts';
import type { InversionOutcome, InversionParams, InversionResult, InversionStep, ResolvedInversion } from './types.ts';

function diverged(p: ResolvedInversion, n: number, lastY: number): InversionOutcome {
  const finding = divergenceFinding(p, n, lastY);
  return { status: 'diverged', divergedAt: n, finding, cause: finding.kind };
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
  const curvature = f64At(buf, 1);
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
  const { theta, x, alpha } = p;
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
