/**
 * What a run is doing, judged from its records alone: one classifier for the inner inversion
 * (points y), the outer training (points θ) and anything else that iterates. It returns a kind
 * and the numbers behind it, never a sentence; the words layer (src/words) turns them into text.
 *
 * Every tolerance is relative: moves are measured against the size of the iterate (at least 1),
 * the period test against the step-to-step move, the plateau test against the value itself.
 */
import { nth } from '../core/nth.ts';
import type { ClassifyOptions, RunClass, RunPoint } from './types.ts';

/** A value falling by less than this share of itself per record is on a plateau. */
export const PLATEAU_SHARE = 1e-3;
/** A period-p repeat must match to this share of the step-to-step move. */
export const PERIOD_MATCH = 1e-4;

const dist = (u: readonly number[], v: readonly number[]): number =>
  u.reduce((m, ui, j) => Math.max(m, Math.abs(ui - nth(v, j))), 0);
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
  const moves = tail.slice(1).map((p, i) => dist(p.x, nth(tail, i).x));
  const move = nth(moves, moves.length - 1);
  const firstMove = nth(moves, 0);
  const moveRatio = firstMove === 0 ? (move === 0 ? 1 : Infinity) : move / firstMove;
  const first = nth(tail, 0);
  const last = nth(tail, tail.length - 1);
  const valueScale = Math.max(Math.abs(first.value), Math.abs(last.value), Number.MIN_VALUE);
  const valueRate = (last.value - first.value) / valueScale / (tail.length - 1);
  const out = { move, scale, valueRate, moveRatio };

  const step = options.step ?? 0;
  const held = last.x
    .map((_, j) => j)
    .filter(
      (j) =>
        step * Math.abs(nth(last.grad, j)) > 1e3 * still * scale &&
        tail.every((p) => Math.abs(nth(p.x, j) - nth(last.x, j)) <= still * scale),
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
    for (let i = p; i < tail.length; i++) repeat = Math.max(repeat, dist(nth(tail, i).x, nth(tail, i - p).x));
    if (repeat <= PERIOD_MATCH * biggest) return { kind: 'oscillating', period: p, ...out };
  }
  const growing = moves.length >= 3 && moves.slice(1).every((m, i) => m > 1.01 * nth(moves, i));
  if (growing && move > 2 * firstMove) return { kind: 'diverging', ...out };
  const alternating =
    tail.length >= 3 &&
    tail.slice(2).every((p, i) => {
      const a = nth(tail, i + 1).x;
      const b = nth(tail, i).x;
      return p.x.some((v, j) => (v - nth(a, j)) * (nth(a, j) - nth(b, j)) < 0);
    });
  if (valueRate > PLATEAU_SHARE) return { kind: 'rising', ...out };
  if (valueRate > -PLATEAU_SHARE && moveRatio > 0.9) return { kind: 'plateau', ...out };
  return { kind: 'converging', ...out, alternating };
}
