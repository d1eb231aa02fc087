/**
 * Forward models f_θ(y): a latent y (the cause) mapped to an observation x
 * (the effect). Each model is written once, as a function of dual numbers, so
 * every derivative the solver needs comes from the same formula.
 */
import { add, mul, pow, tanh, type Dual } from './dual.ts';

/** The parameter vector θ; [a, b] for every built-in model. */
export type Theta = number[];

/** Names of the built-in models. */
export type ModelName = 'linear' | 'tanh' | 'cubic';

/** A differentiable forward model f_θ(y). */
export interface Model {
  /** Key of the model in {@link models}. */
  name: ModelName;
  /** Plain-text formula, e.g. 'f(y) = a·y + b'. */
  label: string;
  /** KaTeX source of f. */
  tex: string;
  /** Names of the components of θ, in order, e.g. ['a', 'b']. */
  thetaNames: string[];
  /** A sentence for students on how the inverse of this model behaves. */
  note: string;
  /**
   * f_θ(y), written once over dual numbers. y is variable 0 and θⱼ is
   * variable j + 1, so the result carries ∂f/∂y, ∂f/∂θ, ∂²f/∂y², ∂²f/∂y∂θ.
   */
  f(y: Dual, theta: Dual[]): Dual;
}

function param(theta: Dual[], j: number): Dual {
  const p = theta[j];
  if (p === undefined) throw new RangeError(`theta must have a component ${j}`);
  return p;
}

/** The article's model f(y) = a·y + b; its inverse is y = (x − b)/a. */
export const linearModel: Model = {
  name: 'linear',
  label: 'f(y) = a·y + b',
  tex: 'f_\\theta(y) = a\\,y + b',
  thetaNames: ['a', 'b'],
  note: 'A straight line: for a ≠ 0 every x has exactly one inverse, y = (x − b)/a.',
  f: (y, theta) => add(mul(param(theta, 0), y), param(theta, 1)),
};

/**
 * f(y) = a·tanh(y) + b: a saturating model. The solver does not use its
 * inverse artanh((x − b)/a); it iterates as for any model. No inverse exists
 * when |x − b| ≥ |a|: the loss then has no minimum and the iterate drifts away.
 */
export const tanhModel: Model = {
  name: 'tanh',
  label: 'f(y) = a·tanh(y) + b',
  tex: 'f_\\theta(y) = a\\tanh(y) + b',
  thetaNames: ['a', 'b'],
  note: 'tanh saturates: when |x − b| ≥ |a| no y gives f(y) = x, and the iterate drifts off ever more slowly.',
  f: (y, theta) => add(mul(param(theta, 0), tanh(y)), param(theta, 1)),
};

/**
 * f(y) = a·y³ + b·y: when a and b have opposite signs, f is not monotone, so
 * some x have three inverses and L(x, y) has several minima; which one the
 * iteration finds depends on where it starts.
 */
export const cubicModel: Model = {
  name: 'cubic',
  label: 'f(y) = a·y³ + b·y',
  tex: 'f_\\theta(y) = a\\,y^3 + b\\,y',
  thetaNames: ['a', 'b'],
  note: 'When a and b have opposite signs some x have three inverses: the start decides which one you find.',
  f: (y, theta) => add(mul(param(theta, 0), pow(y, 3)), mul(param(theta, 1), y)),
};

/** True for the built-in linear model or a copy of it (same f). */
export function isLinear(model: Model): boolean {
  return model === linearModel || model.f === linearModel.f;
}

/** Every built-in model by name. */
export const models: Record<ModelName, Model> = {
  linear: linearModel,
  tanh: tanhModel,
  cubic: cubicModel,
};

/** Allowed model names, in display order. */
export const MODEL_NAMES: readonly ModelName[] = ['linear', 'tanh', 'cubic'];

/** True when `name` is one of {@link MODEL_NAMES}. */
export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}

/**
 * The built-in model called `name`.
 * @throws TypeError naming the allowed names when `name` is unknown.
 */
export function getModel(name: string): Model {
  if (!isModelName(name)) {
    throw new TypeError(
      `model must be one of ${MODEL_NAMES.map((n) => `'${n}'`).join(', ')} (got ${JSON.stringify(name)})`,
    );
  }
  return models[name];
}
