import {
  articleData,
  makeData,
  modelCurve,
  trainSteps,
  type CurvePoint,
  type Dataset,
  type ModelName,
  type Optimizer,
  type TrainParams,
  type TrainingResult,
  type TrainingStep,
} from '../../../src/solver';
import { bool, num, str, type ParamValues } from '../runtime/params';

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

const OPTIMIZERS: Record<string, Optimizer> = {
  gd: { kind: 'gd' },
  momentum: { kind: 'momentum', mu: 0.9 },
  adam: { kind: 'adam' },
};

/** The training data for the widget's values: the article's five pairs, or a noisy sample. */
export function trainingData(v: ParamValues): Dataset {
  const model = str(v, 'model') as ModelName;
  if (num(v, 'sigma') === 0 && num(v, 'count') === 5 && model === 'linear') return articleData();
  return makeData({ model, theta: TRUTH, count: num(v, 'count'), sigma: num(v, 'sigma'), seed: num(v, 'seed') });
}

/** The solver's training parameters from the widget's values. */
export function trainingParams(v: ParamValues): TrainParams {
  return {
    model: str(v, 'model') as ModelName,
    data: trainingData(v),
    theta0: [num(v, 'a0'), num(v, 'b0')],
    beta: num(v, 'beta'),
    epochs: num(v, 'epochs'),
    inner: { alpha: num(v, 'alpha'), steps: num(v, 'N'), y0: num(v, 'y0') },
    gradient: { method: str(v, 'method') as TrainParams['gradient']['method'], steps: num(v, 'M') },
    clamp: bool(v, 'clamp') ? [[0.5, Infinity], null] : null,
    optimizer: OPTIMIZERS[str(v, 'optimizer')] ?? { kind: 'gd' },
  };
}

/** Runs the training for the widget's values, reporting the share of updates done to `progress`. */
export function computeTraining(values: ParamValues, progress?: (share: number) => void): TrainingRun {
  const params = trainingParams(values);
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
