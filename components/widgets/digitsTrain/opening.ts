import { digits as dg } from '../../../src/solver';
import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/spec';
import { computeTrainWith } from './compute';
import { digitsTrainTable } from './table';
import { digitsTrainBadge, digitsTrainText } from './text';

/** The opening state: the run for the shell's preset, trained at build time. */
export function digitsTrainOpening(data: dg.Digits, props: ShellProps): Opening {
  return opening(digitsTrainTable, props, {
    compute: (values) => computeTrainWith(data, values),
    count: (run) => run.records.length,
    text: (run, k) => digitsTrainText(run, k),
    badge: (run, k) => digitsTrainBadge(run, k),
    figures: () => ({}),
  });
}
