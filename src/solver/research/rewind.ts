/**
 * Rewinding the optimiser (Maclaurin, Duvenaud & Adams, ICML 2015): reverse mode needs the
 * iterates g(0 … N) in reverse order. Instead of storing them, run the inversion backwards from
 * g(N). On the line f(y) = a·y + b one step is g(n+1) = c·g(n) + (1 − c)·y* with c = 1 − 2αa², so
 *
 *   g(n) = (g(n+1) − (1 − c)·y*) / c,
 *
 * and with heavy-ball momentum μ (v(n+1) = μ·v(n) − α·∂L/∂y(g(n)), g(n+1) = g(n) + v(n+1)):
 *
 *   g(n) = g(n+1) − v(n+1),   v(n) = (v(n+1) + α·∂L/∂y(g(n))) / μ.
 *
 * Each step back divides the rounding error by c (by √μ per number with momentum, whose step
 * map has determinant μ). Nothing is assumed here: the path is rebuilt in floating point and
 * compared with the path the forward run recorded.
 */
import { f64At } from '../core/nth.ts';
import { contraction, linearFixedPoint } from '../inversion/closedForms.ts';
import * as check from '../core/validate.ts';

/** Parameters of {@link rewind}. */
export interface RewindParams {
  alpha: number;
  a: number;
  b: number;
  x: number;
  /** g(0), the start the rewound path tries to recover. */
  y0: number;
  /** N, the forward steps taken before rewinding. */
  steps: number;
  /** Heavy-ball μ in [0, 1); 0 is plain gradient descent. */
  mu: number;
}

/** One step n of the rewound path beside the true one. */
export interface RewindStep {
  n: number;
  /** g(n) recorded by the forward run. */
  y: number;
  /** g(n) rebuilt backwards from g(N) (and v(N)). */
  rebuilt: number;
  /** |rebuilt − y|. */
  error: number;
}

export interface Rewind {
  params: RewindParams;
  c: number;
  yStar: number;
  /** n = 0 … N; rebuilt(N) = y(N) exactly. */
  steps: RewindStep[];
}

/** Largest N rewound. */
export const MAX_REWIND_STEPS = 1000;

function resolve(p: RewindParams): RewindParams {
  const a = check.finite('a', p.a);
  if (a === 0) throw new RangeError('a must not be 0: the line is flat and has no inverse to run towards');
  const alpha = check.positive('alpha', p.alpha);
  const mu = check.nonNegative('mu', p.mu);
  if (mu >= 1) throw new RangeError(`mu must be in [0, 1) (got ${mu})`);
  if (mu === 0 && contraction(alpha, a) === 0)
    throw new RangeError('c = 1 − 2αa² is 0: one step lands on y* from anywhere, so no step can be undone');
  return {
    alpha,
    a,
    b: check.finite('b', p.b),
    x: check.finite('x', p.x),
    y0: check.finite('y0', p.y0),
    steps: check.integer('steps', p.steps, 1, MAX_REWIND_STEPS),
    mu,
  };
}

/** The forward path g(0 … N) and the path rebuilt backwards from g(N), as plain arrays. */
function paths(p: RewindParams): { ys: Float64Array; rebuilt: Float64Array } {
  const { alpha, a, b, x, mu } = p;
  const N = p.steps;
  const dLdy = (y: number) => -2 * a * (x - a * y - b);
  const ys = new Float64Array(N + 1);
  let y = p.y0;
  let v = 0;
  ys[0] = y;
  for (let n = 0; n < N; n++) {
    if (mu > 0) {
      v = mu * v - alpha * dLdy(y);
      y = y + v;
    } else {
      y = y - alpha * dLdy(y);
    }
    ys[n + 1] = y;
  }
  const c = contraction(alpha, a);
  const rebuilt = new Float64Array(N + 1);
  rebuilt[N] = y;
  for (let n = N - 1; n >= 0; n--) {
    const next = f64At(rebuilt, n + 1);
    if (mu > 0) {
      const back = next - v;
      v = (v + alpha * dLdy(back)) / mu;
      rebuilt[n] = back;
    } else {
      // The step g(n+1) = g(n) − α·∂L/∂y(g(n)) = c·g(n) + 2αa·(x − b) solved for g(n).
      rebuilt[n] = (next - 2 * alpha * a * (x - b)) / c;
    }
  }
  return { ys, rebuilt };
}

/** Runs N steps forward, then N steps backward from the end, and compares the two paths. */
export function rewind(params: RewindParams): Rewind {
  const p = resolve(params);
  const { ys, rebuilt } = paths(p);
  const steps = Array.from(ys, (yn, n): RewindStep => {
    const r = f64At(rebuilt, n);
    return { n, y: yn, rebuilt: r, error: Math.abs(r - yn) };
  });
  return { params: p, c: contraction(p.alpha, p.a), yStar: linearFixedPoint(p), steps };
}

/**
 * The measured loss of precision: the least-squares slope of log₂(error) against the number of
 * steps rewound, over the steps whose error is above zero and whose rebuilt value is still finite
 * and within 2⁵⁰·|y0 − y*| (beyond that the path has gone to overflow, not to rounding).
 */
export function bitsLostPerStep(r: Rewind): number {
  const N = r.steps.length - 1;
  const span = Math.abs(r.params.y0 - r.yStar) || 1;
  const pts = r.steps
    .filter((s) => s.error > 0 && Number.isFinite(s.error) && s.error < span * 2 ** 50)
    .map((s) => [N - s.n, Math.log2(s.error)] as const);
  if (pts.length < 2) return 0;
  const mx = pts.reduce((s, [u]) => s + u, 0) / pts.length;
  const my = pts.reduce((s, [, w]) => s + w, 0) / pts.length;
  const sxy = pts.reduce((s, [u, w]) => s + (u - mx) * (w - my), 0);
  const sxx = pts.reduce((s, [u]) => s + (u - mx) ** 2, 0);
  return sxy / sxx;
}

/**
 * Whether a rebuilt start that misses by `error` has lost the start: it misses by the whole
 * distance the run travelled, `span` = |g(0) − y*|, to a billionth of it. A run that has settled on
 * y* to the last bit rewinds to y* plus a rounding unit, a miss of 5.999999999999999 for a span of
 * 6: nothing of the start survives there either.
 */
export function startIsLost(error: number, span: number): boolean {
  return !(error < span * (1 - 1e-9));
}

/**
 * The smallest N for which rewinding from g(N) misses the start by the distance the run
 * travelled (startIsLost): not one bit of where it began survives. Infinity if none up to maxN.
 * The error grows geometrically with N, so N is searched in strides of 8, then one by one inside
 * the first stride that loses the start (each try is a run of N steps: this keeps it cheap).
 */
export function startLostAfter(p: Omit<RewindParams, 'steps'>, maxN = MAX_REWIND_STEPS): number {
  const span = Math.abs(p.y0 - linearFixedPoint(p));
  const checked = resolve({ ...p, steps: 1 });
  const lost = (N: number) => {
    const { ys, rebuilt } = paths({ ...checked, steps: N });
    return startIsLost(Math.abs(f64At(rebuilt, 0) - f64At(ys, 0)), span);
  };
  const STRIDE = 8;
  for (let hi = STRIDE; hi < maxN + STRIDE; hi += STRIDE) {
    const top = Math.min(hi, maxN);
    if (!lost(top)) continue;
    for (let N = top - STRIDE + 1; N < top; N++) if (N >= 1 && lost(N)) return N;
    return top;
  }
  return Infinity;
}

/** Values held in memory to get dh/dθ through N steps, by method (one θ component). */
export function memoryValues(method: 'reverse' | 'forward' | 'implicit', N: number): number {
  // Reverse mode keeps g(0 … N) for the backward sweep; forward mode keeps g(n) and its tangent;
  // the implicit formula needs only g(N) and the derivative it returns.
  return method === 'reverse' ? N + 1 : 2;
}
