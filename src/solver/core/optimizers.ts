/**
 * Update rules for θ, applied component by component with learning rate β and
 * gradient gⱼ = ∂T/∂θⱼ:
 *
 *   gd        θⱼ ← θⱼ − β·gⱼ                                    (the article)
 *   momentum  vⱼ ← μ·vⱼ − β·gⱼ,  θⱼ ← θⱼ + vⱼ
 *   adam      mⱼ ← β₁mⱼ + (1 − β₁)gⱼ,  sⱼ ← β₂sⱼ + (1 − β₂)gⱼ²,
 *             θⱼ ← θⱼ − β·m̂ⱼ/(√ŝⱼ + ε),  m̂ = m/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ)
 */
import type { ResolvedOptimizer } from '../training/trainParams.ts';

/** The optimizer's memory between updates. */
export interface OptimizerState {
  /** Momentum's velocity v. */
  velocity: number[];
  /** Adam's first moment m. */
  first: number[];
  /** Adam's second moment s. */
  second: number[];
  /** Number of updates begun so far (Adam's t). */
  t: number;
}

/** A fresh state (all zeros) for θ of length `size`. */
export function optimizerState(size: number): OptimizerState {
  const zeros = (): number[] => new Array<number>(size).fill(0);
  return { velocity: zeros(), first: zeros(), second: zeros(), t: 0 };
}

/** The new value of θⱼ after one update with gradient component g; updates `state`. */
export function moveComponent(
  opt: ResolvedOptimizer,
  state: OptimizerState,
  j: number,
  thetaJ: number,
  g: number,
  beta: number,
): number {
  switch (opt.kind) {
    case 'gd':
      return thetaJ - beta * g;
    case 'momentum': {
      const v = opt.mu * (state.velocity[j] as number) - beta * g;
      state.velocity[j] = v;
      return thetaJ + v;
    }
    case 'adam': {
      const m = opt.beta1 * (state.first[j] as number) + (1 - opt.beta1) * g;
      const s = opt.beta2 * (state.second[j] as number) + (1 - opt.beta2) * g * g;
      state.first[j] = m;
      state.second[j] = s;
      const mHat = m / (1 - opt.beta1 ** state.t);
      const sHat = s / (1 - opt.beta2 ** state.t);
      return thetaJ - (beta * mHat) / (Math.sqrt(sHat) + opt.eps);
    }
  }
}
