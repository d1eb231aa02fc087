import { digits as dg } from '../../../src/solver';
import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/spec';
import { blank } from './bitmap';
import { computeDrawWith } from './compute';
import { digitsDrawTable } from './table';
import { digitsDrawBadge, digitsDrawText } from './text';

/** The opening state: an empty drawing, which says so. */
export function digitsDrawOpening(data: dg.Digits, props: ShellProps): Opening {
  return opening(digitsDrawTable, props, {
    compute: (values) => computeDrawWith(data, values, blank()),
    count: (run) => Math.max(1, run.records.length),
    text: (run, k) => digitsDrawText(run, k),
    badge: (run, k) => digitsDrawBadge(run, k),
    figures: () => ({}),
  });
}
