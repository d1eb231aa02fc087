/**
 * What a training run may leave unset, and the values resolveTraining.ts fills in. No imports, so
 * code outside the run (the notebook export, a lazy chunk) reads the same numbers without
 * loading the solver.
 */

/** Default convergence tolerance on every |∂T/∂θⱼ|. */
export const DEFAULT_TRAIN_TOL = 1e-12;

/** Default relative finite-difference step. */
export const DEFAULT_FD_STEP = 1e-6;

/** Adam's defaults: β₁, β₂ (the moments' decay) and ε (added to √ŝ). */
export const ADAM_DEFAULTS: { readonly beta1: number; readonly beta2: number; readonly eps: number } = {
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
};
