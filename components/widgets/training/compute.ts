import {
  articleData,
  makeData,
  modelCurve,
  trainSteps,
  type CurvePoint,
  type Dataset,
  type Model,
  type ModelName,
  type Optimizer,
  type TrainParams,
  type TrainingResult,
  type TrainingStep,
} from '../../../src/solver';
import { parseDataText } from '../../../src/solver/core/readerData';
import { dataProblemWords } from '../../../src/words/dataProblems';
import { valuesOf, type ParamValues } from '../runtime/params';
import { trainingTable, type TrainingValues } from './table';
import { CUSTOM, typedModelOf } from './typedModel';

/** The plotted window of the (a, b) plane. */
export const PLANE = { a: [0, 4] as [number, number], b: [-8, 4] as [number, number] };
/** The latent range of the data panel. */
export const Y_RANGE: [number, number] = [-3, 3];
/** The article's ground truth θ = (2, −4). */
export const TRUTH = [2, -4];

export interface TrainingRun {
  params: TrainParams;
  result: TrainingResult;
  data: Dataset;
  /** x = f(y) under the ground truth, over Y_RANGE. */
  truthCurve: CurvePoint[];
}

const OPTIMIZERS: Record<TrainingValues['optimizer'], Optimizer> = {
  gd: { kind: 'gd' },
  momentum: { kind: 'momentum', mu: 0.9 },
  adam: { kind: 'adam' },
};

/**
 * The model for the widget's values: a built-in one by name, or the one typed in `f` (checked
 * at the data's latent values, at the ground truth and at θ0; throws the problem in words).
 */
export function trainingModel(v: TrainingValues): Model | ModelName {
  if (v.model !== CUSTOM) return v.model;
  const { y } = readerData(v) ?? makeData({ count: v.count, sigma: 0, seed: 0 });
  return typedModelOf(v.f, { ys: y, thetas: [TRUTH, [v.a0, v.b0]] });
}

/** The reader's own data (parameter `data`, checked by the table), or null for the lesson's. */
export function readerData(v: TrainingValues): Dataset | null {
  if (v.data === '') return null;
  const r = parseDataText(v.data);
  if (!r.ok) throw new RangeError(dataProblemWords(r.problem));
  return r.value;
}

/**
 * The training data for the widget's values: the reader's own points, else the article's five
 * pairs, or a sample of the model.
 */
export function trainingData(v: TrainingValues, model: Model | ModelName = trainingModel(v)): Dataset {
  const own = readerData(v);
  if (own) return own;
  if (v.sigma === 0 && v.count === 5 && model === 'linear') return articleData();
  return makeData({ model, theta: TRUTH, count: v.count, sigma: v.sigma, seed: v.seed });
}

/** The solver's training parameters from the widget's values. */
export function trainingParams(v: TrainingValues): TrainParams {
  const model = trainingModel(v);
  return {
    model,
    data: trainingData(v, model),
    theta0: [v.a0, v.b0],
    beta: v.beta,
    epochs: v.epochs,
    inner: { alpha: v.alpha, steps: v.N, y0: v.y0 },
    gradient: { method: v.method, steps: v.M },
    clamp: v.clamp ? [[0.5, Infinity], null] : null,
    optimizer: OPTIMIZERS[v.optimizer],
  };
}

/** Runs the training for the widget's values, reporting the share of updates done to `progress`. */
export function computeTraining(values: ParamValues, progress?: (share: number) => void): TrainingRun {
  const params = trainingParams(valuesOf(trainingTable, values));
  const history: TrainingStep[] = [];
  const steps = trainSteps(params);
  let result: TrainingResult;
  for (;;) {
    const r = steps.next();
    if (r.done) {
      result = { history, ...r.value };
      break;
    }
    history.push(r.value);
    if (progress && history.length % 16 === 0) progress(history.length / (params.epochs + 1));
  }
  const truthCurve = modelCurve({ model: params.model, theta: TRUTH, range: Y_RANGE });
  return { params, result, data: params.data, truthCurve };
}
