import type { TrainingStep } from '../../../src/solver';
import type { TrainingRun } from './compute';

/**
 * A training run as it crosses from the worker to the page: the history in a few flat typed
 * arrays instead of thousands of small objects. Reading a structured clone of 2,501 steps (four
 * objects each) took tens of milliseconds of the page's main thread after every change of β;
 * typed arrays are copied in one piece, and rebuilding the steps here costs about a millisecond.
 */
export interface PackedRun {
  run: Omit<TrainingRun, 'result'> & { result: Omit<TrainingRun['result'], 'history'> };
  /** Parameters per θ (2 for the widget's models). */
  width: number;
  k: Float64Array;
  T: Float64Array;
  theta: Float64Array;
  grad: Float64Array;
  clamped: Uint8Array;
}

/** The run with its history packed (in the worker). */
export function packRun(run: TrainingRun): PackedRun {
  const { history, ...outcome } = run.result;
  const n = history.length;
  const width = history[0]?.theta.length ?? 0;
  const packed: PackedRun = {
    run: { ...run, result: outcome },
    width,
    k: new Float64Array(n),
    T: new Float64Array(n),
    theta: new Float64Array(n * width),
    grad: new Float64Array(n * width),
    clamped: new Uint8Array(n * width),
  };
  history.forEach((s, i) => {
    packed.k[i] = s.k;
    packed.T[i] = s.T;
    for (let j = 0; j < width; j++) {
      packed.theta[i * width + j] = s.theta[j] ?? NaN;
      packed.grad[i * width + j] = s.grad[j] ?? NaN;
      packed.clamped[i * width + j] = s.clamped[j] ? 1 : 0;
    }
  });
  return packed;
}

/** The run as the widget uses it (on the page): the same steps as before packing. */
export function unpackRun(p: PackedRun): TrainingRun {
  const { width } = p;
  const history: TrainingStep[] = new Array<TrainingStep>(p.T.length);
  for (let i = 0; i < p.T.length; i++) {
    const at = i * width;
    history[i] = {
      k: p.k[i] ?? i,
      theta: Array.from(p.theta.subarray(at, at + width)),
      T: p.T[i] ?? NaN,
      grad: Array.from(p.grad.subarray(at, at + width)),
      clamped: Array.from(p.clamped.subarray(at, at + width), (c) => c === 1),
    };
  }
  return { ...p.run, result: { ...p.run.result, history } };
}
