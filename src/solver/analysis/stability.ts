/**
 * How one gradient step acts on the error near a minimiser y_m of L, where
 * L ≈ L(y_m) + ½·λ·(y − y_m)² with curvature λ = ∂²L/∂y²(y_m) and s = α·λ.
 *
 *   plain descent:  e(n+1) = c·e(n),  c = 1 − s           (linear model: c = 1 − 2αa²)
 *   heavy-ball:     (e, v) ← [[1 − s, μ], [−s, μ]]·(e, v)
 *   Nesterov:       (e, v) ← [[1 − s, μ(1 − s)], [−s, μ(1 − s)]]·(e, v)
 *
 * The iteration converges iff every eigenvalue has modulus < 1, i.e.
 * s < 2 (plain), s < 2(1 + μ) (heavy-ball), s < 2(1 + μ)/(1 + 2μ) (Nesterov).
 */
import type { Momentum } from '../inversion/invert.ts';

/** The error's growth factor per step and whether it rotates (complex eigenvalues). */
export interface StepFactor {
  /**
   * The dominant eigenvalue when it is real (its sign says whether the error
   * flips every step), otherwise its modulus: |c| < 1 converges.
   */
  c: number;
  /** True when the eigenvalues are complex: the error spirals, changing sign. */
  complex: boolean;
}

/** The largest s = α·∂²L/∂y² for which the iteration still converges. */
export function stableLimit(momentum: Momentum | null): number {
  if (!momentum) return 2;
  const mu = momentum.mu;
  return momentum.kind === 'heavy-ball' ? 2 * (1 + mu) : (2 * (1 + mu)) / (1 + 2 * mu);
}

/** The per-step factor for s = α·∂²L/∂y², with or without momentum. */
export function stepFactor(s: number, momentum: Momentum | null): StepFactor {
  if (!momentum) return { c: 1 - s, complex: false };
  const mu = momentum.mu;
  const trace = momentum.kind === 'heavy-ball' ? 1 - s + mu : (1 - s) * (1 + mu);
  const det = momentum.kind === 'heavy-ball' ? mu : mu * (1 - s);
  const disc = (trace * trace) / 4 - det;
  if (disc < 0) return { c: Math.sqrt(det), complex: true };
  const root = Math.sqrt(disc);
  const hi = trace / 2 + root;
  const lo = trace / 2 - root;
  return { c: Math.abs(hi) >= Math.abs(lo) ? hi : lo, complex: false };
}
