/**
 * The training's types: parameters, records, outcomes, gradient reports and the detail of one
 * update. Numbers and codes only; src/words turns a failure into a sentence.
 */
import type { Dataset, Model, ModelName, Optimizer, ResolvedOptimizer, Theta } from '../core/types.ts';
import type { RunStatus } from '../inversion/types.ts';

/** The four ways to differentiate through the inner loop (see unroll.ts). */
export type GradientMethod = 'forward' | 'reverse' | 'implicit' | 'finite-difference';

/** All gradient methods, in display order. */
export const GRADIENT_METHODS: readonly GradientMethod[] = ['forward', 'reverse', 'implicit', 'finite-difference'];

/** The inner loop's settings after validation. */
export interface Unrolling {
  /** α, the inner step width. */
  alpha: number;
  /** N, the steps that make the prediction h = g(N). */
  innerSteps: number;
  /** M, the steps dh/dθ is differentiated through. */
  gradientSteps: number;
  /** g(0), the same start for every sample. */
  y0: number;
  /** Relative step ε of the finite differences. */
  fdStep: number;
}

/** The inner inversion that makes each prediction h_θ(xᵢ) = g(N). */
export interface InnerParams {
  /** α > 0, the inner step width. */
  alpha: number;
  /** N, inner steps per prediction. */
  steps: number;
  /** g(0), the same initial guess for every sample (the article: 2). */
  y0: number;
}

/** How dh/dθ is computed. */
export interface GradientParams {
  method: GradientMethod;
  /** M, the steps differentiated through (default: inner.steps; the article: 10). */
  steps?: number;
  /** Relative finite-difference step ε (default 1e-6). */
  h?: number;
}

/** A [min, max] box for one θ component (±Infinity for no bound). */
export type Bounds = [min: number, max: number];

/** Parameters of one training run. */
export interface TrainParams {
  model: Model | ModelName;
  data: Dataset;
  /** θ at k = 0. */
  theta0: Theta;
  /** β > 0, the training step width. */
  beta: number;
  /** Number of updates K (history has K + 1 records). */
  epochs: number;
  inner: InnerParams;
  gradient: GradientParams;
  /** One [min, max] (or null) per θ component, applied after each update. */
  clamp?: (Bounds | null)[] | null;
  /** Default { kind: 'gd' }. */
  optimizer?: Optimizer;
  /**
   * 'simultaneous' (default, the article): every component moves from the same θ.
   * 'sequential': component j moves using the gradient at θ with components < j already updated.
   */
  update?: 'simultaneous' | 'sequential';
  /** Converged when every |∂T/∂θⱼ| ≤ tol (default 1e-12). */
  tol?: number;
  /** Stop at the first converged step (default false). */
  stopWhenConverged?: boolean;
}

/** Training parameters after validation. */
export interface ResolvedTraining {
  model: Model;
  data: Dataset;
  theta0: Theta;
  beta: number;
  epochs: number;
  unrolling: Unrolling;
  method: GradientMethod;
  clamp: (Bounds | null)[] | null;
  optimizer: ResolvedOptimizer;
  update: 'simultaneous' | 'sequential';
  tol: number;
  stopWhenConverged: boolean;
}

/** One recorded training step: θ(k) and T, ∂T/∂θ at it. */
export interface TrainingStep {
  /** Update index k (0 holds θ0). */
  k: number;
  /** θ(k). */
  theta: number[];
  /** T(θ(k)). */
  T: number;
  /** ∂T/∂θ at θ(k), by the chosen gradient method. */
  grad: number[];
  /** clamped[j]: the clamp changed θⱼ in the update that produced θ(k) (all false at k = 0). */
  clamped: boolean[];
}

/** How a training run ended. */
export interface TrainingOutcome {
  /** 'converged': every |∂T/∂θⱼ| ≤ tol at the last step; 'max-steps'; 'diverged': see divergedAt. */
  status: RunStatus;
  /** Why it diverged, in numbers (always set when diverged); src/words says it in a sentence. */
  failure?: TrainingFailure;
  /**
   * The first k whose θ passed ±DIVERGENCE_BOUND, or whose T or ∂T/∂θ was not
   * finite. It is not recorded, so history.length === divergedAt.
   */
  divergedAt?: number;
}

/** A whole training run. */
export interface TrainingResult extends TrainingOutcome {
  history: TrainingStep[];
}

/** Why a training run stopped with 'diverged', in numbers (train.ts finds it, src/words says it). */
export type TrainingFailure =
  | { kind: 'inner-unstable'; k: number; theta: readonly number[]; alpha: number; a: number }
  | { kind: 'implicit-not-finite'; k: number; theta: readonly number[] }
  | { kind: 'not-finite'; k: number; theta: readonly number[]; innerSteps: number }
  | {
      kind: 'escaped';
      k: number;
      theta: readonly number[];
      gradSize: number;
      beta: number;
      bound: number;
      /** c = 1 − 2αa² at the last θ when |c| > 1: the inner loop, not β, made the gradient huge. */
      innerFactor?: number;
    };

/** One sample's share of ∂T/∂θ. */
export interface SampleGradient {
  /** Sample index i. */
  i: number;
  x: number;
  y: number;
  /** h_θ(xᵢ) = g(N). */
  h: number;
  /** yᵢ − h_θ(xᵢ). */
  residual: number;
  /** dh/dθ ≈ dg(M)/dθ by the chosen method. */
  dh: number[];
  /** −2·residual·dh: this sample's term of ∂T/∂θ. */
  contribution: number[];
}

/** T, ∂T/∂θ and the per-sample terms at one θ. */
export interface GradientReport {
  /** T(θ) = Σ residualᵢ². */
  T: number;
  /** ∂T/∂θ = Σ contributionᵢ (summed in sample order). */
  grad: number[];
  perSample: SampleGradient[];
}

/** Parameters of {@link gradientAt}. */
export interface GradientAtParams {
  model: Model | ModelName;
  data: Dataset;
  theta: Theta;
  inner: InnerParams;
  gradient: GradientParams;
}

/** ∂T/∂θ by each of the four methods at the same θ. */
export interface GradientComparison {
  forward: number[];
  reverse: number[];
  implicit: number[];
  finiteDifference: number[];
}

/** One inner iterate of one sample, with its forward-mode derivative. */
export interface InnerStep {
  /** Inner step index n. */
  n: number;
  /** g(n). */
  g: number;
  /** dg(n)/dθ by the forward recursion. */
  dg: number[];
  /** L_θ(xᵢ, g(n)). */
  loss: number;
  /** ∂L/∂y at g(n). */
  grad: number;
}

/** One sample's part in an update. */
export interface SampleDetail {
  i: number;
  x: number;
  y: number;
  /** h_θ(xᵢ) = g(N), N = inner.steps. */
  h: number;
  /** yᵢ − h. */
  residual: number;
  /**
   * Inner iterates n = 0…max(N, M): h is inner[N].g, and dh by the forward
   * method is inner[M].dg (M = gradient steps). Entries past M carry dg on
   * for display only; entries past N are not part of the prediction.
   */
  inner: InnerStep[];
  /** dh/dθ ≈ dg(M)/dθ by the run's gradient method. */
  dh: number[];
  /** −2·residual·dh, this sample's term of ∂T/∂θ. */
  contribution: number[];
}

/** Everything inside update k. */
export interface UpdateDetail {
  k: number;
  /** θ(k). */
  theta: number[];
  samples: SampleDetail[];
  /** ∂T/∂θ = Σ contributions, summed in sample order (equals the recorded grad). */
  grad: number[];
  /** θ(k+1), after the clamp. */
  nextTheta: number[];
  /** clamped[j]: the clamp changed component j of nextTheta. */
  clamped: boolean[];
}
