/**
 * The nested-loop tape of the article's training: for each update k of θ = (a, b), every sample's
 * inner loop g(n+1) = g(n) − α·∂L/∂y runs N steps (the forward pass fills the tape with g(0 … N)),
 * then reverse mode sweeps the tape backwards with the adjoint λ(n) = ∂g(N)/∂g(n),
 *
 *   λ(N) = 1,   dh/dθ += λ(n+1)·(−α·L_yθ(g(n))),   λ(n) = λ(n+1)·(1 − α·L_yy(g(n))),
 *
 * freeing each g(n) once it is used; forward mode's tangents dg(n)/dθ run alongside the forward
 * pass and need no tape. Then θ(k+1) = θ(k) − β·∂T/∂θ. Each (k, position) is one record, so a
 * widget can step to any of them and back exactly.
 */
import { kernelFor } from '../core/lossKernel.ts';
import { f64At, nth, numAt } from '../core/nth.ts';
import { linearModel } from '../core/models.ts';
import type { Dataset } from '../core/types.ts';
import * as check from '../core/validate.ts';

/** Parameters of {@link nestedTape}. */
export interface TapeParams {
  data: Dataset;
  /** θ(0) = (a, b). */
  theta0: [a: number, b: number];
  /** β > 0, the training step. */
  beta: number;
  /** K, the updates recorded. */
  updates: number;
  /** α > 0, the inner step. */
  alpha: number;
  /** N, the inner steps (all of them differentiated). */
  steps: number;
  /** g(0) for every sample. */
  y0: number;
}

/** Where the record is inside update k. */
export type TapePhase = 'forward' | 'backward';

/** One sample's numbers at a record. */
export interface TapeSample {
  /** g(n): forward, the iterate just computed; backward, the iterate the sweep reads. */
  g: number;
  /** Forward mode's tangent dg(n)/dθ (complete, dg(N)/dθ, during the backward pass). */
  tangent: [a: number, b: number];
  /** λ(n) = ∂g(N)/∂g(n) (backward only; 1 before the sweep starts). */
  lambda: number;
  /** Reverse mode's dh/dθ summed over the steps swept so far. */
  reverse: [a: number, b: number];
}

/** One record of the tape, indexed by (k, position). */
export interface TapeRecord {
  /** Update k. */
  k: number;
  /** Position inside the update: 0 … N forward (n = position), N+1 … 2N+1 backward (n = 2N+1 − position). */
  position: number;
  phase: TapePhase;
  /** Inner step n. */
  n: number;
  theta: [a: number, b: number];
  samples: TapeSample[];
  /** Numbers on the tape now (all samples): forward n+1 each, backward n each. */
  memory: number;
  /** Forward mode's memory now: g and two tangent components per sample, whatever n. */
  forwardMemory: number;
  /** ∂T/∂θ at θ(k) when this update's sweep is complete (last backward record), else null. */
  grad: [a: number, b: number] | null;
  /** The same gradient from forward mode's tangents dg(N)/dθ, on the same record, else null. */
  forwardGrad: [a: number, b: number] | null;
}

export interface Tape {
  params: TapeParams;
  /** Records per update: 2N + 2. */
  perUpdate: number;
  records: TapeRecord[];
  /** θ(0 … K): θ(k+1) = θ(k) − β·∂T/∂θ from the sweep of update k. */
  thetas: [a: number, b: number][];
}

/** Limits that keep the tape small enough to step through. */
export const MAX_TAPE_UPDATES = 200;
export const MAX_TAPE_STEPS = 100;

function resolve(p: TapeParams): TapeParams {
  const data = check.data(p.data);
  const theta0 = check.theta('theta0', p.theta0, linearModel) as [number, number];
  return {
    data,
    theta0,
    beta: check.positive('beta', p.beta),
    updates: check.integer('updates', p.updates, 1, MAX_TAPE_UPDATES),
    alpha: check.positive('alpha', p.alpha),
    steps: check.integer('steps', p.steps, 1, MAX_TAPE_STEPS),
    y0: check.finite('y0', p.y0),
  };
}

/** Records the forward fill and the backward sweep of every update. */
export function nestedTape(params: TapeParams): Tape {
  const p = resolve(params);
  const K = kernelFor(linearModel);
  const N = p.steps;
  const S = p.data.x.length;
  const buf = new Float64Array(4);
  const records: TapeRecord[] = [];
  const thetas: [number, number][] = [p.theta0];
  let theta: [number, number] = p.theta0;
  for (let k = 0; k < p.updates; k++) {
    const tape = p.data.x.map(() => new Float64Array(N + 1));
    const tangents = p.data.x.map((): [number, number] => [0, 0]);
    const forwardMemory = 3 * S;
    tape.forEach((column) => (column[0] = p.y0));
    const snapshot = (n: number, lambdas: number[], reverse: [number, number][]) =>
      tape.map((column, i): TapeSample => ({
        g: f64At(column, n),
        tangent: [...nth(tangents, i)],
        lambda: numAt(lambdas, i),
        reverse: [...nth(reverse, i)],
      }));
    const ones = p.data.x.map(() => 1);
    const zeros = p.data.x.map((): [number, number] => [0, 0]);
    for (let n = 0; n <= N; n++) {
      if (n > 0) {
        p.data.x.forEach((x, i) => {
          const column = nth(tape, i);
          const g = f64At(column, n - 1);
          K.second(x, g, theta, buf);
          const t = nth(tangents, i);
          const keep = 1 - p.alpha * f64At(buf, 1);
          tangents[i] = [keep * t[0] - p.alpha * f64At(buf, 2), keep * t[1] - p.alpha * f64At(buf, 3)];
          column[n] = g - p.alpha * f64At(buf, 0);
        });
      }
      const memory = S * (n + 1);
      records.push({
        k,
        position: n,
        phase: 'forward',
        n,
        theta,
        samples: snapshot(n, ones, zeros),
        memory,
        forwardMemory,
        grad: null,
        forwardGrad: null,
      });
    }
    const lambdas = [...ones];
    const reverse = p.data.x.map((): [number, number] => [0, 0]);
    let grad: [number, number] = [0, 0];
    const forwardGrad: [number, number] = [0, 0];
    for (let n = N; n >= 0; n--) {
      if (n < N) {
        p.data.x.forEach((x, i) => {
          K.second(x, f64At(nth(tape, i), n), theta, buf);
          const l = numAt(lambdas, i);
          const r = nth(reverse, i);
          reverse[i] = [r[0] - l * p.alpha * f64At(buf, 2), r[1] - l * p.alpha * f64At(buf, 3)];
          lambdas[i] = l * (1 - p.alpha * f64At(buf, 1));
        });
      }
      if (n === 0) {
        grad = [0, 0];
        p.data.y.forEach((y, i) => {
          const residual = y - f64At(nth(tape, i), N);
          const r = nth(reverse, i);
          grad[0] += -2 * residual * r[0];
          grad[1] += -2 * residual * r[1];
          const t = nth(tangents, i);
          forwardGrad[0] += -2 * residual * t[0];
          forwardGrad[1] += -2 * residual * t[1];
        });
      }
      records.push({
        k,
        position: 2 * N + 1 - n,
        phase: 'backward',
        n,
        theta,
        samples: snapshot(n, lambdas, reverse),
        memory: S * n,
        forwardMemory,
        grad: n === 0 ? grad : null,
        forwardGrad: n === 0 ? forwardGrad : null,
      });
    }
    theta = [theta[0] - p.beta * grad[0], theta[1] - p.beta * grad[1]];
    thetas.push(theta);
  }
  return { params: p, perUpdate: 2 * N + 2, records, thetas };
}

/** The record at (k, position), or undefined outside the tape. */
export function tapeAt(tape: Tape, k: number, position: number): TapeRecord | undefined {
  if (position < 0 || position >= tape.perUpdate) return undefined;
  return tape.records[k * tape.perUpdate + position];
}

/**
 * How far reverse mode's gradient is from forward mode's on a completed sweep: the largest
 * component difference relative to the larger gradient (null before the sweep completes).
 */
export function sweepGap(r: TapeRecord): number | null {
  if (!r.grad || !r.forwardGrad) return null;
  const scale = Math.max(Math.abs(r.forwardGrad[0]), Math.abs(r.forwardGrad[1]), Number.MIN_VALUE);
  return Math.max(Math.abs(r.grad[0] - r.forwardGrad[0]), Math.abs(r.grad[1] - r.forwardGrad[1])) / scale;
}
