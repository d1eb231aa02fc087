/**
 * The loss kernel of the linear model f(y) = a·y + b, written out by hand so
 * the article's training run and the landscape stay within their time budget.
 * With r = a·y + b − x (so x − f = −r):
 *
 *   ∂L/∂y = 2a·r,   ∂²L/∂y² = 2a²,   ∂²L/∂y∂a = 2(2a·y + b − x),   ∂²L/∂y∂b = 2a.
 *
 * These are the terms of the article's recursion for dg/da and dg/db; the
 * tests check them against the dual-number kernel of the same model.
 */
import type { LossKernel } from './lossKernel.ts';

/** The hand-written kernel for f(y) = a·y + b (θ = [a, b]). */
export const linearKernel: LossKernel = {
  size: 2,
  loss(x, y, theta) {
    const r = (theta[0] as number) * y + (theta[1] as number) - x;
    return r * r;
  },
  dLdy(x, y, theta) {
    const a = theta[0] as number;
    return 2 * a * (a * y + (theta[1] as number) - x);
  },
  second(x, y, theta, out) {
    const a = theta[0] as number;
    const b = theta[1] as number;
    out[0] = 2 * a * (a * y + b - x);
    out[1] = 2 * a * a;
    out[2] = 2 * (2 * a * y + b - x);
    out[3] = 2 * a;
  },
  predict(x, theta, alpha, steps, y0) {
    const a = theta[0] as number;
    const b = theta[1] as number;
    // The same arithmetic as dLdy, so h here equals h in every other loop bit for bit.
    let g = y0;
    for (let n = 0; n < steps; n++) g -= alpha * (2 * a * (a * g + b - x));
    return g;
  },
  unrollForward(x, theta, alpha, steps, gradientSteps, y0, dh) {
    const a = theta[0] as number;
    const b = theta[1] as number;
    // Lyy = 2a² and Lyb = 2a do not depend on y; only Lya = 2(2a·g + b − x) does.
    const keep = alpha * (2 * a * a);
    const pushB = alpha * (2 * a);
    let da = 0;
    let db = 0;
    let g = y0;
    let h = g;
    const total = steps > gradientSteps ? steps : gradientSteps;
    for (let n = 0; n < total; n++) {
      if (n < gradientSteps) {
        da -= keep * da + alpha * (2 * (2 * a * g + b - x));
        db -= keep * db + pushB;
      }
      g -= alpha * (2 * a * (a * g + b - x));
      if (n + 1 === steps) h = g;
    }
    dh[0] = da;
    dh[1] = db;
    return h;
  },
  unrollReverse(x, theta, alpha, steps, gradientSteps, y0, dh, iterates) {
    const a = theta[0] as number;
    const b = theta[1] as number;
    let g = y0;
    let h = g;
    const total = steps > gradientSteps ? steps : gradientSteps;
    for (let n = 0; n < total; n++) {
      if (n < gradientSteps) iterates[n] = g;
      g -= alpha * (2 * a * (a * g + b - x));
      if (n + 1 === steps) h = g;
    }
    // Adjoint λ = ∂g(M)/∂g(n), run backwards; Lyy = 2a² makes its factor constant.
    const keep = 1 - alpha * (2 * a * a);
    let lambda = 1;
    let da = 0;
    let db = 0;
    for (let n = gradientSteps - 1; n >= 0; n--) {
      const gn = iterates[n] as number;
      da -= lambda * alpha * (2 * (2 * a * gn + b - x));
      db -= lambda * alpha * (2 * a);
      lambda *= keep;
    }
    dh[0] = da;
    dh[1] = db;
    return h;
  },
};
