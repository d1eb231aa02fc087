/**
 * The core's types: models, θ, the loss kernel, data sets and optimizers. Algorithm files
 * import these instead of each other, so no two of them depend on one another for a type.
 */
import type { Dual } from './dual.ts';

/** The parameter vector θ; [a, b] for every built-in model. */
export type Theta = number[];

/** Read-only view of θ accepted by the kernels. */
export type ThetaLike = readonly number[];

/** Names of the built-in models. */
export type ModelName = 'linear' | 'tanh' | 'cubic';

/** A differentiable forward model f_θ(y). */
export interface Model {
  /** Key of the model in `models`. */
  name: ModelName | 'custom';
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

/** Scalar evaluations of L_θ(x, y) = (x − f_θ(y))² and its derivatives for one model. */
export interface LossKernel {
  /** Number of components of θ. */
  readonly size: number;
  /** L_θ(x, y) = (x − f_θ(y))². */
  loss(x: number, y: number, theta: ThetaLike): number;
  /** ∂L/∂y = −2(x − f)·∂f/∂y. */
  dLdy(x: number, y: number, theta: ThetaLike): number;
  /**
   * Writes out[0] = ∂L/∂y, out[1] = ∂²L/∂y², out[2 + j] = ∂²L/∂y∂θⱼ
   * (out must hold 2 + size numbers).
   */
  second(x: number, y: number, theta: ThetaLike, out: Float64Array): void;
  /**
   * h_θ(x) = g(N): N plain gradient steps g(n+1) = g(n) − α·∂L/∂y from g(0) = y0.
   * May return a non-finite number when the iteration blows up.
   */
  predict(x: number, theta: ThetaLike, alpha: number, steps: number, y0: number): number;
  /**
   * Optional fused forward mode: writes dg(M)/dθ into dh and returns g(N), for
   * kernels that can run the whole recursion as one tight scalar loop. When
   * absent, unroll.ts runs the same recursion through {@link LossKernel.second}.
   */
  unrollForward?(
    x: number,
    theta: ThetaLike,
    alpha: number,
    steps: number,
    gradientSteps: number,
    y0: number,
    dh: Float64Array,
  ): number;
  /**
   * Optional fused reverse mode: the same numbers as the adjoint pass in
   * unroll.ts (stored iterates go in `iterates`), as one tight scalar loop.
   */
  unrollReverse?(
    x: number,
    theta: ThetaLike,
    alpha: number,
    steps: number,
    gradientSteps: number,
    y0: number,
    dh: Float64Array,
    iterates: Float64Array,
  ): number;
}

/** Training data: observations x and their latent causes y. */
export interface Dataset {
  x: number[];
  y: number[];
}

/** The update rule for θ, with β as its learning rate. */
export type Optimizer =
  { kind: 'gd' } | { kind: 'momentum'; mu: number } | { kind: 'adam'; beta1?: number; beta2?: number; eps?: number };

/** An optimizer with every default filled in. */
export type ResolvedOptimizer =
  { kind: 'gd' } | { kind: 'momentum'; mu: number } | { kind: 'adam'; beta1: number; beta2: number; eps: number };
