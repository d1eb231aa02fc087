/** Lesson 13's numbers: the cubic's three inverses and their basins, tanh's missing inverse, training on both. */
import { cubicModel, invert, kernelFor, makeData, minimisers, train, trainingTrend } from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, lastIterate, lazyFacts, once } from './facts/shared.ts';

/** The cubic y³ − 3y at x = 1: three inverses. */
export const CUBIC = { model: 'cubic' as const, theta: [1, -3], x: 1, alpha: 0.003, steps: 500 };
/** Starts the lesson's buttons use. */
export const CUBIC_STARTS = [-2, 0.5, 2];

const roots = once(() => minimisers({ model: 'cubic', theta: CUBIC.theta, x: CUBIC.x, range: [-4, 4] }));
const nearest = (y: number) => roots().reduce((m, r) => (Math.abs(r - y) < Math.abs(m - y) ? r : m));

/** Where the cubic run from y0 ends for a step α, and whether that is the root of y0's own basin. */
export function cubicEnd(y0: number, alpha: number) {
  const r = invert({ ...CUBIC, alpha, y0 });
  const end = lastIterate(r);
  return { y0, alpha, end, status: r.status, jumped: r.status === 'converged' && Math.abs(end - nearest(y0)) > 1e-6 };
}
/** The smallest α on a 0.005 grid (0.005 … 0.05) at which the run from y0 ends in another basin. */
export function firstJump(y0: number): number {
  for (let i = 1; i <= 10; i++) if (cubicEnd(y0, i * 0.005).jumped) return i * 0.005;
  return Infinity;
}
/** The first iterate g(1) of the cubic run from y0 with step α. */
const firstStep = (y0: number, alpha: number) => invert({ ...CUBIC, alpha, y0, steps: 1 }).steps[1]?.y ?? NaN;
/** ∂²L/∂y² at the largest root: the step is stable there only while α·∂²L/∂y² < 2. */
const curvatureRight = once(() => {
  const buf = new Float64Array(4);
  kernelFor(cubicModel).second(CUBIC.x, Math.max(...roots()), CUBIC.theta, buf);
  return buf[1] ?? NaN;
});
const jumpFrom = (y0: number) => once(() => firstJump(y0));
const jumpFromMinusTwo = jumpFrom(-2);
const jumpFromTwo = jumpFrom(2);
/** tanh: a = 2, b = 0, x = 3 has no inverse; where 500 steps from y0 = 0 get to. */
const tanhRun = once(() => invert({ model: 'tanh', theta: [2, 0], x: 3, alpha: 0.05, steps: 500, y0: 0 }).steps.at(-1));

/** The tanh training run of the widget (the article's settings on data from 2·tanh(y) − 4). */
const tanhData = once(() => makeData({ model: 'tanh', theta: [2, -4], count: 5, sigma: 0, seed: 1 }));
const tanhTraining = once(() => train({ ...ARTICLE_TRAINING, model: 'tanh', data: tanhData() }));

/** The training widget on the nonlinear models (data from θ = (2, −4), θ0 = (2.7, 0), y0 = 2, N = 20). */
function nonlinearTraining(model: 'cubic' | 'tanh', alpha: number) {
  const data = makeData({ model, theta: [2, -4], count: 5, sigma: 0, seed: 1 });
  const run = train({ ...ARTICLE_TRAINING, model, data, inner: { alpha, steps: 20, y0: 2 } });
  const end = run.history.at(-1);
  return {
    status: run.status,
    divergedAt: run.divergedAt,
    a: end?.theta[0] ?? NaN,
    b: end?.theta[1] ?? NaN,
    T: end?.T ?? NaN,
  };
}

export const facts = lazyFacts({
  /** Prediction: the cause (minimiser of L) the run from y0 = −2 ends at, by index in cubicRoots. */
  predictCubicRoot: () => {
    const end = lastIterate(invert({ ...CUBIC, y0: -2 }));
    const r = roots();
    return r.reduce((best, y, i) => (Math.abs(y - end) < Math.abs((r[best] ?? NaN) - end) ? i : best), 0);
  },
  CUBIC: () => CUBIC,
  cubicRoots: roots,
  /** Where each start's run ends. */
  cubicRuns: () =>
    CUBIC_STARTS.map((y0) => {
      const r = invert({ ...CUBIC, y0 });
      return { y0, end: lastIterate(r), status: r.status };
    }),
  /** From y0 = 1 (where f′ = 0) the iterate never moves: ∂L/∂y = 0 at a maximum of L. */
  cubicStuck: () => lastIterate(invert({ ...CUBIC, y0: 1 })),
  tanhDrift: () => ({ y: tanhRun()?.y ?? NaN, loss: tanhRun()?.loss ?? NaN, grad: tanhRun()?.grad ?? NaN }),
  nonlinearTrain: () => ({
    cubic: nonlinearTraining('cubic', 0.05),
    cubicSmall: nonlinearTraining('cubic', 0.001),
    tanh: nonlinearTraining('tanh', 0.05),
  }),
  at001FromTwo: () => cubicEnd(2, 0.01),
  at001FromMinusTwo: () => cubicEnd(-2, 0.01),
  firstJumpFromMinusTwo: jumpFromMinusTwo,
  firstJumpFromTwo: jumpFromTwo,
  jumpFromMinusTwo: () => cubicEnd(-2, jumpFromMinusTwo()),
  jumpFromTwo: () => cubicEnd(2, jumpFromTwo()),
  /** From −2 the first step itself crosses the hump at −1; from 2 it stays in its own basin (y > 1). */
  firstStepFromMinusTwo: () => firstStep(-2, jumpFromMinusTwo()),
  firstStepFromTwo: () => firstStep(2, jumpFromTwo()),
  /** The right valley is too steep for α above 2/∂²L/∂y²: at α = 0.02 the run from 2 bounces and does not converge. */
  curvatureRight,
  stableAlphaRight: () => 2 / curvatureRight(),
  bounceFromTwo: () => cubicEnd(2, 0.02),
  /** The trend at the tanh run's last update: 'climbing' (T rises at every update, the M = 10 gradient points uphill). */
  tanhEndTrend: () => {
    const run = tanhTraining();
    const settings = { model: 'tanh' as const, alpha: ALPHA, steps: 20, gradientSteps: 10 };
    return trainingTrend(run, run.history.length - 1, ARTICLE_TRAINING.beta, settings).trend;
  },
  /** The first update from which T rises at every update to the end of the tanh run. */
  tanhClimbsFrom: () => {
    const T = tanhTraining().history.map((s) => s.T);
    let k = T.length - 1;
    while (k > 0 && (T[k] ?? NaN) > (T[k - 1] ?? NaN)) k--;
    return k + 1;
  },
  /** How many of the tanh data's x lie outside the model's range (b − |a|, b + |a|), at θ0 and at the end. */
  tanhOutside: () => {
    const data = tanhData();
    const history = tanhTraining().history;
    const outside = (theta: readonly number[]) =>
      data.x.filter((x) => Math.abs(x - (theta[1] ?? NaN)) >= Math.abs(theta[0] ?? NaN)).length;
    return { count: data.x.length, start: outside(history[0]?.theta ?? []), end: outside(history.at(-1)?.theta ?? []) };
  },
  /** A still larger step from −2 leaves the bounds. */
  outFromMinusTwo: () => cubicEnd(-2, 0.06),
});
