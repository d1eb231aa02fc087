/**
 * Which exact fit a training run lands on: the article's training (data, α, y0, β, the
 * forward-mode gradient) with N inner steps (and α if given), differentiated through all N of them (M = N) and
 * without the clamp, started from θ0 = (a0, 0). Only the start and N vary; the run is the
 * solver's own train().
 */
import { articleTraining } from '../core/data.ts';
import { train } from '../training/train.ts';
import { positive } from '../core/validate.ts';
import type { FitRoot } from './roots.ts';

/** How close (in a) the end of a run must be to a root, with T at most LAND_T, to have landed on it. */
export const LAND_A = 1e-3;
export const LAND_T = 1e-5;

/** Where one run ended. */
export interface Landing {
  a0: number;
  N: number;
  /** θ at the last update. */
  a: number;
  b: number;
  T: number;
  /** The index of the root it landed on in `roots`, or null (still moving, a cycle, diverged). */
  root: number | null;
  status: 'converged' | 'max-steps' | 'diverged';
  /** Updates recorded. */
  updates: number;
}

/** What {@link landing} may change from the article's training besides N and the start. */
export interface LandingOptions {
  /** Inner step α (default 0.05). */
  alpha?: number;
  /** Updates (default 5000). */
  epochs?: number;
  /** Training step β (default 0.005). */
  beta?: number;
}

/** Training settings of {@link landing}: the article's, with the given N, start and options. */
export function landingParams(N: number, a0: number, o: LandingOptions = {}) {
  const base = articleTraining();
  return {
    ...base,
    theta0: [positive('a0', a0), 0],
    beta: positive('beta', o.beta ?? 0.005),
    epochs: o.epochs ?? 5000,
    clamp: null,
    inner: { ...base.inner, alpha: positive('alpha', o.alpha ?? base.inner.alpha), steps: N },
    gradient: { method: 'forward' as const, steps: N },
  };
}

/** Trains from a0 with N inner steps and says which of `roots` (if any) the run ended on. */
export function landing(N: number, a0: number, roots: readonly FitRoot[], o: LandingOptions = {}): Landing {
  const r = train(landingParams(N, a0, o));
  const last = r.history[r.history.length - 1];
  if (!last) throw new RangeError('training recorded no step');
  const [a = NaN, b = NaN] = last.theta;
  const hit = roots.findIndex((q) => Math.abs(q.a - a) <= LAND_A);
  return {
    a0,
    N,
    a,
    b,
    T: last.T,
    root: r.status !== 'diverged' && hit >= 0 && last.T <= LAND_T ? hit : null,
    status: r.status,
    updates: r.history.length - 1,
  };
}
