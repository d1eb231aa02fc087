/**
 * Every number "The nested-loop tape" quotes, computed by the solver when the lesson is built
 * (on first use). tests/unit/content/the-nested-loop-tape checks them against the course's gradients.
 */
import { articleData, gradientAt, nestedTape, tapeAt } from '../../src/solver/index.ts';
import { formatFixed, formatSig } from '../../src/words/format.ts';

/** The article's training, N = 20 inner steps all differentiated, for the widget's five updates. */
export const TAPE = {
  data: articleData(),
  theta0: [2.7, 0] as [number, number],
  beta: 0.005,
  updates: 5,
  alpha: 0.05,
  steps: 20,
  y0: 2,
};
/** The article's number of updates (for the cost of a tape across the whole training). */
export const ARTICLE_UPDATES = 2500;

function compute() {
  const tape = nestedTape(TAPE);
  const end0 = tapeAt(tape, 0, tape.perUpdate - 1)!;
  const samples = TAPE.data.x.length;
  const course = gradientAt({
    model: 'linear',
    data: TAPE.data,
    theta: TAPE.theta0,
    inner: { alpha: TAPE.alpha, steps: TAPE.steps, y0: TAPE.y0 },
    gradient: { method: 'forward', steps: TAPE.steps },
  }).grad;
  const maxMemory = Math.max(...tape.records.map((r) => r.memory));
  return {
    samples,
    perUpdate: tape.perUpdate,
    records: tape.records.length,
    maxMemory,
    forwardMemory: end0.forwardMemory,
    grad0: end0.grad!,
    course0: course,
    /** The largest |tape − course| over both components at k = 0. */
    agreement: Math.max(Math.abs(end0.grad![0] - course[0]!), Math.abs(end0.grad![1] - course[1]!)),
    theta1: tape.thetas[1]!,
    /** Values a tape across every update of the article's training would hold (the inner tapes of all 2500). */
    wholeTraining: ARTICLE_UPDATES * maxMemory,
  };
}

let cache: ReturnType<typeof compute> | null = null;
/** The lesson's numbers, computed on first use. */
export function tapeFacts(): ReturnType<typeof compute> {
  return (cache ??= compute());
}

export const fx = (v: number, decimals = 4): string => formatFixed(v, decimals);
export const sig = (v: number, digits = 3): string => formatSig(v, digits);
