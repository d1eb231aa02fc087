/** Lesson 10's numbers: momentum in the inner loop and in the outer loop. */
import { invert, train, type Momentum, type Optimizer, type TrainingResult } from '../../src/solver/index.ts';
import { ALPHA, ARTICLE_TRAINING, last, lazyFacts } from './facts/shared.ts';
import { ACCURACY } from './choosing-alpha-and-n.facts.ts';

/**
 * The first update k after which T stays below `tol` for the rest of the run, or Infinity when
 * the last recorded T is not below it.
 */
export function updatesToTolerance(r: TrainingResult, tol: number): number {
  const h = r.history;
  if (h.length === 0 || !((h[h.length - 1]?.T ?? Infinity) < tol)) return Infinity;
  let k = h.length - 1;
  while (k > 0 && (h[k - 1]?.T ?? Infinity) < tol) k--;
  return k;
}

/** Steps until |g(n) − y*| ≤ tol for good (last exceedance + 1), from a 3000-step run; Infinity if never. */
export function innerStepsToTolerance(a: number, y0: number, momentum: Momentum | null, tol = ACCURACY): number {
  const yStar = 4 / a;
  const run = invert({ model: 'linear', theta: [a, -4], x: 0, alpha: ALPHA, steps: 3000, y0, momentum });
  if (run.status === 'diverged') return Infinity;
  let k = run.steps.length;
  while (k > 0 && Math.abs((run.steps[k - 1]?.y ?? NaN) - yStar) <= tol) k--;
  return k === run.steps.length ? Infinity : k;
}

export const INNER_METHODS: { label: string; momentum: Momentum | null }[] = [
  { label: 'plain gradient descent', momentum: null },
  { label: 'heavy ball, μ = 0.5', momentum: { kind: 'heavy-ball', mu: 0.5 } },
  { label: 'heavy ball, μ = 0.9', momentum: { kind: 'heavy-ball', mu: 0.9 } },
  { label: 'Nesterov, μ = 0.5', momentum: { kind: 'nesterov', mu: 0.5 } },
  { label: 'Nesterov, μ = 0.9', momentum: { kind: 'nesterov', mu: 0.9 } },
];

/** The outer optimizers the lesson compares, on the article's run (2500 updates at most). */
export const OUTER_METHODS: { label: string; optimizer: Optimizer; beta: number }[] = [
  { label: 'gradient descent (the article)', optimizer: { kind: 'gd' }, beta: 0.005 },
  { label: 'gradient descent', optimizer: { kind: 'gd' }, beta: 0.05 },
  { label: 'momentum μ = 0.9', optimizer: { kind: 'momentum', mu: 0.9 }, beta: 0.005 },
  { label: 'momentum μ = 0.9', optimizer: { kind: 'momentum', mu: 0.9 }, beta: 0.001 },
  { label: 'Adam', optimizer: { kind: 'adam' }, beta: 0.005 },
  { label: 'Adam', optimizer: { kind: 'adam' }, beta: 0.05 },
];
/** "Trained" means T below this. */
export const T_TOL = 1e-8;

export const facts = lazyFacts({
  /** Prediction: heavy ball μ = 0.9 on the flat loss (a = 0.5) against plain descent: fewer or more steps. */
  predictFlatHeavy: () => {
    const plain = innerStepsToTolerance(0.5, 0, null);
    const heavy = innerStepsToTolerance(0.5, 0, { kind: 'heavy-ball', mu: 0.9 });
    return heavy < plain ? 'fewer' : heavy > plain ? 'more' : 'same';
  },
  /** Inner loop, α = 0.05, x = 0, b = −4: a = 2 from y0 = 8 (y* = 2) and a = 0.5 from y0 = 0 (y* = 8). */
  innerTable: () =>
    INNER_METHODS.map(({ label, momentum }) => ({
      label,
      momentum,
      steep: innerStepsToTolerance(2, 8, momentum),
      flat: innerStepsToTolerance(0.5, 0, momentum),
    })),
  /** Per outer optimizer: updates until T < T_TOL and where the run ends. */
  outerTable: () =>
    OUTER_METHODS.map(({ label, optimizer, beta }) => {
      const run = train({ ...ARTICLE_TRAINING, optimizer, beta });
      const end = last(run);
      return {
        label,
        kind: optimizer.kind,
        beta,
        updates: updatesToTolerance(run, T_TOL),
        a: end.theta[0] ?? NaN,
        b: end.theta[1] ?? NaN,
        T: end.T,
      };
    }),
});
