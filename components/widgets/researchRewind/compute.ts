import { bitsLostPerStep, rewind, startLostAfter, type Rewind } from '../../../src/solver';
import { valuesOf, type ParamValues } from '../runtime/params';
import { rewindTable } from './table';

/** The rewound run and what the solver measured about it. */
export interface RewindRun {
  rewind: Rewind;
  /** Least-squares slope of log₂(error) per step rewound. */
  bits: number;
  /** The smallest N whose rewound start has lost g(0) (startIsLost; Infinity: none up to 1000). */
  lostAfter: number;
}

/** The line's intercept and the observation: the article's b = −4, x = 0 (y* = 4/a). */
export const LINE = { b: -4, x: 0 };

export function computeRewind(values: ParamValues): RewindRun {
  const v = valuesOf(rewindTable, values);
  const p = { alpha: v.alpha, a: v.a, ...LINE, y0: v.y0, mu: v.mu };
  const run = rewind({ ...p, steps: v.N });
  return { rewind: run, bits: bitsLostPerStep(run), lostAfter: startLostAfter(p) };
}

/** Record j is the path rewound j steps, back to n = N − j. */
export const rewindCount = (run: RewindRun) => run.rewind.steps.length;
export const stepAt = (run: RewindRun, j: number) => run.rewind.steps[run.rewind.steps.length - 1 - j];
