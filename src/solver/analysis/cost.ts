/**
 * What a run will cost before it starts: the number of inner steps it takes (updates × samples ×
 * steps × method factor) and, from it, an estimate in milliseconds on a desktop computer. The
 * widgets use it to run cheap runs at once, slow ones in a worker, and to ask before (or refuse)
 * runs that would take minutes. Calibrated in Node 20 on one core (per inner step and sample:
 * linear ≈ 4 ns with its hand-written kernel, tanh ≈ 1.3 µs and cubic ≈ 2.2 µs through dual
 * numbers; about 6 µs per update besides, which dominates short linear runs).
 */
import type { ModelName } from '../core/models.ts';
import type { GradientMethod } from '../training/unroll.ts';

/** Nanoseconds per inner step and sample, by model. */
const NS_PER_STEP: Record<ModelName, number> = { linear: 4, tanh: 1300, cubic: 2200 };
/** Nanoseconds of bookkeeping per update (the record, the optimizer, the clamp). */
const NS_PER_UPDATE = 6000;

/**
 * How many inner-step equivalents one gradient costs per differentiated step: forward mode and
 * the implicit formula ride along the inversion, back-propagation replays it, finite
 * differences run four more inversions.
 */
const METHOD_FACTOR: Record<GradientMethod, number> = {
  forward: 1,
  implicit: 1,
  reverse: 2.5,
  'finite-difference': 5,
};

/** The size of a training run, as the widget's parameters give it. */
export interface TrainingSize {
  model: ModelName;
  /** Updates K (the run records K + 1 steps). */
  epochs: number;
  samples: number;
  /** Inner steps N and differentiated steps M. */
  innerSteps: number;
  gradientSteps: number;
  method: GradientMethod;
}

/** A run's estimated cost: inner steps taken, and milliseconds on a desktop computer. */
export interface Cost {
  steps: number;
  ms: number;
}

/** The estimated cost of a training run (the longer of the inner loop and the differentiated one counts). */
export function trainingCost(s: TrainingSize): Cost {
  const steps = (s.epochs + 1) * s.samples * Math.max(s.innerSteps, s.gradientSteps) * METHOD_FACTOR[s.method];
  const ns = steps * (NS_PER_STEP[s.model] ?? NS_PER_STEP.cubic) + (s.epochs + 1) * NS_PER_UPDATE;
  return { steps, ms: ns / 1e6 };
}

/** The estimated cost of a landscape of T: one inner inversion per grid point and sample. */
export function landscapeCost(s: { model: ModelName; points: number; samples: number; innerSteps: number }): Cost {
  const steps = s.points * s.samples * s.innerSteps;
  return { steps, ms: (steps * (NS_PER_STEP[s.model] ?? NS_PER_STEP.cubic)) / 1e6 };
}
