import { digits as dg } from '../../../src/solver';
import { digitSvg } from '../digits/image';
import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/spec';
import { computeWith } from './compute';
import { digitsInvertTable } from './table';
import { digitsInvertBadge, digitsInvertText } from './text';

/** The opening state, from data the shell read at build time: the image and the reconstruction at step k. */
export function digitsInvertOpening(data: dg.Digits, props: ShellProps): Opening {
  return opening(digitsInvertTable, props, {
    compute: (values) => computeWith(data, values),
    count: (run) => run.records.length,
    text: (run, k) => digitsInvertText(run, k),
    badge: (run, k) => digitsInvertBadge(run, k),
    figures: (run, k) => ({
      plot:
        `<div class="digit-panels">` +
        `<div class="digit-panel"><p class="panel-title">The image x</p>${digitSvg(run.x, `Test image ${run.image}: a handwritten ${run.label}`)}</div>` +
        `<div class="digit-panel"><p class="panel-title">Reconstruction at step ${k}</p>${digitSvg(run.records[k]?.reconstruction ?? [], `Reconstruction after step ${k}`)}</div>` +
        `</div>`,
    }),
  });
}
