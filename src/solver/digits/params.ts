/**
 * The inversion's settings for a dictionary D, checked once: α > 0 below the stability limit
 * 1/λ_max(DDᵀ), and a whole number of steps N in 0..MAX_DIGIT_STEPS. Messages name the
 * parameter, the allowed range and what was received.
 */
import { gram, largestEigenvalue } from './linalg.ts';

/** Largest number of inner steps the digits accept (each is stored for the backward sweep). */
export const MAX_DIGIT_STEPS = 500;

/** The stability of y ↦ y − α∂L/∂y for D: each eigenvalue λ of DDᵀ contracts by |1 − 2αλ|. */
export interface DigitsStability {
  /** λ_max(DDᵀ), by power iteration. */
  lambdaMax: number;
  /** The largest stable step size, 1/λ_max. */
  alphaLimit: number;
  /** α < 1/λ_max: every error component shrinks. */
  stable: boolean;
}

/** λ_max(DDᵀ) and whether `alpha` is below 1/λ_max. */
export function digitsStability(d: Float64Array, alpha: number): DigitsStability {
  const lambdaMax = largestEigenvalue(gram(d));
  const alphaLimit = lambdaMax > 0 ? 1 / lambdaMax : Infinity;
  return { lambdaMax, alphaLimit, stable: alpha < alphaLimit };
}

const short = (v: number): string => String(Number(v.toPrecision(4)));

/** Throws a RangeError naming α or N if they are out of range for D. */
export function checkDigitsParams(d: Float64Array, alpha: number, steps: number): DigitsStability {
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_DIGIT_STEPS) {
    throw new RangeError(`N (steps) must be a whole number from 0 to ${MAX_DIGIT_STEPS} (got ${steps})`);
  }
  if (!Number.isFinite(alpha) || alpha <= 0) throw new RangeError(`α must be a number > 0 (got ${alpha})`);
  if (!d.every(Number.isFinite)) throw new RangeError('D must hold finite numbers only');
  const s = digitsStability(d, alpha);
  if (!s.stable) {
    throw new RangeError(
      `α = ${short(alpha)} is too large for this D: the inversion is stable only for α < 1/λ_max(DDᵀ) = ${short(s.alphaLimit)} (λ_max = ${short(s.lambdaMax)})`,
    );
  }
  return s;
}
