/**
 * What a run is doing, judged from its records alone: one classifier for the inner inversion
 * (points y), the outer training (points θ) and anything else that iterates. It returns a kind
 * and the numbers behind it, never a sentence; the words layer (explain.ts) turns them into text.
 *
 * Every tolerance is relative: moves are measured against the size of the iterate (at least 1),
 * the period test against the step-to-step move, the plateau test against the value itself.
 */

/** One record of a run: the iterate, the value being minimised there and its gradient. */
export interface RunPoint {
  x: readonly number[];
  value: number;
  grad: readonly number[];
}

/**
 * - 'start': fewer than two records;
 * - 'converged': the iterate no longer moves, the gradient would not move it either, and the
 *   shrinking moves leave less than the rest tolerance to go;
 * - 'stuck': the iterate no longer moves although step·gradient says it should (a clamp, a bound);
 * - 'oscillating': the last records repeat with a period ≥ 2 (a bounded cycle that does not shrink);
 * - 'diverging': the moves grow geometrically (or values stop being finite);
 * - 'rising': not a cycle, but the value rose over the window by more than PLATEAU_SHARE per record;
 * - 'plateau': settled but not converged: the value falls by less than PLATEAU_SHARE of itself per
 *   record while the moves do not shrink (or shrink too slowly to ever arrive);
 * - 'converging': moving, and the value falls (or the moves shrink) faster than that.
 */
export type RunKind =
  'start' | 'converged' | 'stuck' | 'oscillating' | 'diverging' | 'rising' | 'plateau' | 'converging';

/** The verdict on a run with the numbers it rests on. */
export interface RunClass {
  kind: RunKind;
  /** For 'oscillating': the period p (records repeat every p). */
  period?: number;
  /** The last move ‖x(k) − x(k−1)‖∞. */
  move: number;
  /** The iterate's size max(1, ‖x‖∞) over the window: moves are judged against it. */
  scale: number;
  /** Relative change of the value per record over the window (negative when it falls). */
  valueRate: number;
  /** Ratio of the last move to the first move of the window: < 1 shrinking, > 1 growing. */
  moveRatio: number;
  /** For 'stuck': the components that stayed put over the window although step·gradient would move them. */
  held?: number[];
  /** For 'converging': consecutive moves point in opposite directions (a zig-zag in). */
  alternating?: boolean;
}

/** Options of {@link classifyRun}. */
export interface ClassifyOptions {
  /** The step size that turns a gradient into a move (α or β); used to tell 'stuck' from 'converged'. */
  step?: number;
  /** Records looked at, the last ones (default 24). */
  window?: number;
  /** Longest period searched for (default 8). */
  maxPeriod?: number;
  /** A move (and the distance still to go) below this share of the scale counts as at rest (default 1e-12). */
  still?: number;
}

/** A value falling by less than this share of itself per record is on a plateau. */
export const PLATEAU_SHARE = 1e-3;
/** A period-p repeat must match to this share of the step-to-step move. */
export const PERIOD_MATCH = 1e-4;

const dist = (u: readonly number[], v: readonly number[]): number =>
  u.reduce((m, ui, j) => Math.max(m, Math.abs(ui - (v[j] as number))), 0);
const norm = (u: readonly number[]): number => u.reduce((m, ui) => Math.max(m, Math.abs(ui)), 0);

/** Classifies the run whose records are `points` (oldest first), judging its last `window` records. */
export function classifyRun(points: readonly RunPoint[], options: ClassifyOptions = {}): RunClass {
  const window = Math.max(3, options.window ?? 24);
  const maxPeriod = options.maxPeriod ?? 8;
  const still = options.still ?? 1e-12;
  const tail = points.slice(-window);
  const base = { move: 0, scale: 1, valueRate: 0, moveRatio: 1 };
  if (tail.length < 2) return { kind: 'start', ...base };
  const finite = tail.every((p) => Number.isFinite(p.value) && p.x.every(Number.isFinite));
  if (!finite) return { kind: 'diverging', ...base, move: Infinity, moveRatio: Infinity };
  const scale = Math.max(1, ...tail.map((p) => norm(p.x)));
  const moves = tail.slice(1).map((p, i) => dist(p.x, (tail[i] as RunPoint).x));
  const move = moves[moves.length - 1] as number;
  const firstMove = moves[0] as number;
  const moveRatio = firstMove === 0 ? (move === 0 ? 1 : Infinity) : move / firstMove;
  const first = tail[0] as RunPoint;
  const last = tail[tail.length - 1] as RunPoint;
  const valueScale = Math.max(Math.abs(first.value), Math.abs(last.value), Number.MIN_VALUE);
  const valueRate = (last.value - first.value) / valueScale / (tail.length - 1);
  const out = { move, scale, valueRate, moveRatio };

  const step = options.step ?? 0;
  const held = last.x
    .map((_, j) => j)
    .filter(
      (j) =>
        step * Math.abs(last.grad[j] as number) > 1e3 * still * scale &&
        tail.every((p) => Math.abs((p.x[j] as number) - (last.x[j] as number)) <= still * scale),
    );
  if (held.length > 0 && tail.length >= 3) return { kind: 'stuck', ...out, held };
  if (move <= still * scale) {
    // Not moving: held by something, at rest for good, or crawling too slowly to see.
    if (step * norm(last.grad) > 1e3 * Math.max(move, still * scale)) return { kind: 'stuck', ...out, held: [] };
    const rho = moves.length > 1 && firstMove > 0 ? moveRatio ** (1 / (moves.length - 1)) : 0;
    const remaining = move === 0 ? 0 : rho < 1 ? (move * rho) / (1 - rho) : Infinity;
    return { kind: remaining <= still * scale ? 'converged' : 'plateau', ...out };
  }
  const biggest = Math.max(...moves);
  for (let p = 2; p <= maxPeriod && tail.length >= 2 * p + 1; p++) {
    let repeat = 0;
    for (let i = p; i < tail.length; i++)
      repeat = Math.max(repeat, dist((tail[i] as RunPoint).x, (tail[i - p] as RunPoint).x));
    if (repeat <= PERIOD_MATCH * biggest) return { kind: 'oscillating', period: p, ...out };
  }
  const growing = moves.length >= 3 && moves.slice(1).every((m, i) => m > 1.01 * (moves[i] as number));
  if (growing && move > 2 * firstMove) return { kind: 'diverging', ...out };
  const alternating =
    tail.length >= 3 &&
    tail.slice(2).every((p, i) => {
      const a = (tail[i + 1] as RunPoint).x;
      const b = (tail[i] as RunPoint).x;
      return p.x.some((v, j) => (v - (a[j] as number)) * ((a[j] as number) - (b[j] as number)) < 0);
    });
  if (valueRate > PLATEAU_SHARE) return { kind: 'rising', ...out };
  if (valueRate > -PLATEAU_SHARE && moveRatio > 0.9) return { kind: 'plateau', ...out };
  return { kind: 'converging', ...out, alternating };
}
