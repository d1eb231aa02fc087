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
  for (let k = 0; k < p.updates; k++) {
    const theta = thetas[k] as [number, number];
    const tape = p.data.x.map(() => new Float64Array(N + 1));
    const tangents = p.data.x.map((): [number, number] => [0, 0]);
    const forwardMemory = 3 * S;
    p.data.x.forEach((_, i) => ((tape[i] as Float64Array)[0] = p.y0));
    const snapshot = (n: number, phase: TapePhase, lambdas: number[], reverse: [number, number][]) =>
      p.data.x.map((_, i): TapeSample => ({
        g: (tape[i] as Float64Array)[n] as number,
        tangent: [...(tangents[i] as [number, number])],
        lambda: lambdas[i] as number,
        reverse: [...(reverse[i] as [number, number])],
      }));
    const ones = p.data.x.map(() => 1);
    const zeros = p.data.x.map((): [number, number] => [0, 0]);
    for (let n = 0; n <= N; n++) {
      if (n > 0) {
        p.data.x.forEach((x, i) => {
          const g = (tape[i] as Float64Array)[n - 1] as number;
          K.second(x, g, theta, buf);
          const t = tangents[i] as [number, number];
          const keep = 1 - p.alpha * (buf[1] as number);
          tangents[i] = [keep * t[0] - p.alpha * (buf[2] as number), keep * t[1] - p.alpha * (buf[3] as number)];
          (tape[i] as Float64Array)[n] = g - p.alpha * (buf[0] as number);
        });
      }
      const memory = S * (n + 1);
      records.push({
        k,
        position: n,
        phase: 'forward',
        n,
        theta,
        samples: snapshot(n, 'forward', ones, zeros),
        memory,
        forwardMemory,
        grad: null,
      });
    }
    const lambdas = [...ones];
    const reverse = p.data.x.map((): [number, number] => [0, 0]);
    for (let n = N; n >= 0; n--) {
      if (n < N) {
        p.data.x.forEach((x, i) => {
          K.second(x, (tape[i] as Float64Array)[n] as number, theta, buf);
          const l = lambdas[i] as number;
          const r = reverse[i] as [number, number];
          reverse[i] = [r[0] - l * p.alpha * (buf[2] as number), r[1] - l * p.alpha * (buf[3] as number)];
          lambdas[i] = l * (1 - p.alpha * (buf[1] as number));
        });
      }
      let grad: [number, number] | null = null;
      if (n === 0) {
        grad = [0, 0];
        p.data.y.forEach((y, i) => {
          const residual = y - ((tape[i] as Float64Array)[N] as number);
          const r = reverse[i] as [number, number];
          (grad as [number, number])[0] += -2 * residual * r[0];
          (grad as [number, number])[1] += -2 * residual * r[1];
        });
      }
      records.push({
        k,
        position: 2 * N + 1 - n,
        phase: 'backward',
        n,
        theta,
        samples: snapshot(n, 'backward', lambdas, reverse),
        memory: S * n,
        forwardMemory,
        grad,
      });
    }
    const g = (records.at(-1) as TapeRecord).grad as [number, number];
    thetas.push([theta[0] - p.beta * g[0], theta[1] - p.beta * g[1]]);
  }
  return { params: p, perUpdate: 2 * N + 2, records, thetas };
}

/** The record at (k, position), or undefined outside the tape. */
export function tapeAt(tape: Tape, k: number, position: number): TapeRecord | undefined {
  if (position < 0 || position >= tape.perUpdate) return undefined;
  return tape.records[k * tape.perUpdate + position];
}
