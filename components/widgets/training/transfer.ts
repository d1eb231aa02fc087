import type { Model, ModelName, TrainingStep } from '../../../src/solver';
import type { TrainingRun } from './compute';

/**
 * A model as it crosses a worker's boundary: a built-in one by name, a typed one by its text (a
 * model is made of functions, which cannot be posted; each side compiles the text itself).
 */
export type SentModel = ModelName | { typed: string };

/** The model as it is posted. */
export function sendModel(model: Model | ModelName): SentModel {
  if (typeof model === 'string') return model;
  if (model.name === 'custom' && 'source' in model && typeof model.source === 'string') return { typed: model.source };
  return model.name === 'custom' ? { typed: '' } : model.name;
}

/**
 * A training run as it crosses from the worker to the page: the history in a few flat typed
 * arrays instead of thousands of small objects. Reading a structured clone of 2,501 steps (four
 * objects each) took tens of milliseconds of the page's main thread after every change of β;
 * typed arrays are copied in one piece, and rebuilding the steps here costs about a millisecond.
 */
export interface PackedRun {
  run: Omit<TrainingRun, 'result' | 'params'> & {
    params: Omit<TrainingRun['params'], 'model'> & { model: SentModel };
    result: Omit<TrainingRun['result'], 'history'>;
  };
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
    run: { ...run, params: { ...run.params, model: sendModel(run.params.model) }, result: outcome },
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

/**
 * The run as the widget uses it (on the page): the same steps as before packing. A typed model
 * comes back as its text: `typed` compiles it on the page (for the curves and step-into).
 */
export function unpackRun(p: PackedRun, typed?: (source: string) => Model): TrainingRun {
  const sent = p.run.params.model;
  if (typeof sent !== 'string' && !typed) throw new RangeError('a typed model needs its compiler on the page');
  const model = typeof sent === 'string' ? sent : typed!(sent.typed);
  const { width, k, T, theta, grad, clamped } = p;
  const history: TrainingStep[] = new Array<TrainingStep>(T.length);
  for (let i = 0; i < T.length; i++) {
    const s: TrainingStep = {
      k: k[i] ?? i,
      theta: new Array<number>(width),
      T: T[i] ?? NaN,
      grad: new Array<number>(width),
      clamped: new Array<boolean>(width),
    };
    for (let j = 0; j < width; j++) {
      s.theta[j] = theta[i * width + j] ?? NaN;
      s.grad[j] = grad[i * width + j] ?? NaN;
      s.clamped[j] = clamped[i * width + j] === 1;
    }
    history[i] = s;
  }
  return { ...p.run, params: { ...p.run.params, model }, result: { ...p.run.result, history } };
}
