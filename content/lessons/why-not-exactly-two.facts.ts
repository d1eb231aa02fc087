/** Lesson 8's numbers: the truncated fixed point per N, and N = 5, where no θ fits exactly. */
import { contraction, train, truncatedTrainingFixedPoint } from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, last, lazyFacts, once, tAt, truncatedRoots, verdict } from './facts/shared.ts';

/** The inner step counts the lesson tabulates. */
export const TRUNCATION_NS = [10, 15, 20, 30, 40];

/** Per N: the fixed point (a, b), cᴺ there, and where the article's training run ends. */
const table = once(() =>
  TRUNCATION_NS.map((N) => {
    const [a, b] = truncatedTrainingFixedPoint({ alpha: ALPHA, steps: N, y0: 2 });
    const end = last(
      train({
        ...ARTICLE_TRAINING,
        inner: { alpha: ALPHA, steps: N, y0: 2 },
        gradient: { method: 'forward', steps: Math.min(10, N) },
      }),
    );
    return {
      N,
      a,
      b,
      cN: contraction(ALPHA, a) ** N,
      trainedA: end.theta[0] ?? NaN,
      trainedB: end.theta[1] ?? NaN,
      T: end.T,
    };
  }),
);
const row = (N: number) => {
  const found = table().find((r) => r.N === N);
  if (!found) throw new Error(`no row N = ${N} in the truncation table (N is one of ${TRUNCATION_NS.join(', ')})`);
  return found;
};

/**
 * max of the slope (1 − cᴺ)/a of the N-step inverse h(x) over every a with |c| < 1, i.e.
 * 0 < a < 1/√α (a fine grid), where the inner loop converges.
 */
export function bestSlope(N: number, alpha = ALPHA): number {
  let best = 0;
  const aMax = 1 / Math.sqrt(alpha);
  for (let i = 1; i < 50000; i++) {
    const a = (aMax * i) / 50000;
    best = Math.max(best, (1 - contraction(alpha, a) ** N) / a);
  }
  return best;
}

const N5 = { inner: { alpha: ALPHA, steps: 5, y0: 2 }, gradient: { method: 'forward' as const, steps: 5 } };
const run5 = once(() => train({ ...ARTICLE_TRAINING, ...N5 }));
const run5Long = once(() => train({ ...ARTICLE_TRAINING, ...N5, epochs: 100000, stopWhenConverged: true }));
const run5M3 = once(() =>
  train({
    ...ARTICLE_TRAINING,
    ...N5,
    gradient: { method: 'forward', steps: 3 },
    epochs: 100000,
    stopWhenConverged: true,
  }),
);
const roots5 = once(() => truncatedRoots(5));
const exact5 = () => roots5().find((r) => Math.abs(r.c) > 1);

export const facts = lazyFacts({
  /** Prediction: the a the article's training learns with N = 10 inner steps. */
  predictA10: () => row(10).trainedA,
  table,
  article: () => row(20),
  n10: () => row(10),
  /** With N = 5 no θ makes the 5-step inverse exact: the steepest slope it reaches is below 1/2. */
  slope5: () => bestSlope(5),
  slope6: () => bestSlope(6),
  trained5A: () => last(run5()).theta[0] ?? NaN,
  trained5B: () => last(run5()).theta[1] ?? NaN,
  trained5T: () => last(run5()).T,
  /** After the article's 2500 updates with N = 5: still moving (classifier 'plateau'), |∂T/∂θ| not small. */
  kind2500: () => verdict(run5()).kind,
  grad2500: () => Math.hypot(...last(run5()).grad),
  T2500: () => last(run5()).T,
  /** The minimum training reaches when it is let run until ∂T/∂θ ≈ 0. */
  minA: () => last(run5Long()).theta[0] ?? NaN,
  minB: () => last(run5Long()).theta[1] ?? NaN,
  minT: () => last(run5Long()).T,
  minUpdates: () => last(run5Long()).k,
  minStatus: () => run5Long().status,
  /** The exact fits of the 5-step inverse: none with |c| < 1, one where c < −1. */
  roots: roots5,
  exact: exact5,
  exactT: () => {
    const r = exact5();
    return r ? tAt([r.a, r.b], 5) : NaN;
  },
  /** T at that same θ with one fewer and one more inner step: the exact fit is an accident of N = 5. */
  exactTNeighbours: () => {
    const r = exact5();
    return r ? { four: tAt([r.a, r.b], 4), six: tAt([r.a, r.b], 6) } : { four: NaN, six: NaN };
  },
  /** The largest gap between the closed form and the trained θ at N = 20 (both components). */
  closedFormGap: () => Math.max(Math.abs(row(20).a - row(20).trainedA), Math.abs(row(20).b - row(20).trainedB)),
  /** With M = 3 of the N = 5 steps the gradient vanishes elsewhere: M moves the end when no exact fit exists. */
  m3A: () => last(run5M3()).theta[0] ?? NaN,
  m3B: () => last(run5M3()).theta[1] ?? NaN,
  m3T: () => last(run5M3()).T,
  m3Status: () => run5M3().status,
  /** Where the M = 3 run is after the widget's 2500 updates (against trained5A for M = 5). */
  m3At2500A: () => run5M3().history[2500]?.theta[0] ?? NaN,
});
