import { digits as dg } from '../../../src/solver';
import { valuesOf, type ParamValues } from '../runtime/params';
import { digitsTrainTable } from './table';
import { dictionary } from '../digitsInvert/compute';

/** A training run of D: the solver's record per update, and why it stopped early, if it did. */
export interface DigitsTrainRun {
  records: dg.DigitsUpdate[];
  stopped: string | null;
  alpha: number;
  steps: number;
  testCount: number;
  trainCount: number;
}

/** The run for `values` on parsed data (pure: in the worker and at build time). */
export function computeTrainWith(
  data: dg.Digits,
  values: ParamValues,
  progress?: (share: number) => void,
): DigitsTrainRun {
  const { start, alpha, N: steps, rate, updates } = valuesOf(digitsTrainTable, values);
  const run = dg.trainDigits({
    d0: dictionary(data, start),
    train: data.train,
    test: data.test,
    alpha,
    steps,
    rate,
    updates,
    progress,
  });
  return { ...run, alpha, steps, testCount: data.test.count, trainCount: data.train.count };
}
