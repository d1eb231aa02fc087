import { digits as dg } from '../../../src/solver';
import { num, str, type ParamValues } from '../runtime/params';
import { dictionary } from '../digitsInvert/compute';

/** A training run of D: the solver's record per update, and why it stopped early, if it did. */
export interface DigitsTrainRun {
  records: dg.DigitsUpdate[];
  stopped: string | null;
  alpha: number;
  steps: number;
  testCount: number;
}

/** The run for `values` on parsed data (pure: in the worker and at build time). */
export function computeTrainWith(
  data: dg.Digits,
  values: ParamValues,
  progress?: (share: number) => void,
): DigitsTrainRun {
  const alpha = num(values, 'alpha');
  const steps = num(values, 'N');
  const run = dg.trainDigits({
    d0: dictionary(data, str(values, 'start') === 'one' ? 'one' : 'means'),
    train: data.train,
    test: data.test,
    alpha,
    steps,
    rate: num(values, 'rate'),
    updates: num(values, 'updates'),
    progress,
  });
  return { ...run, alpha, steps, testCount: data.test.count };
}
