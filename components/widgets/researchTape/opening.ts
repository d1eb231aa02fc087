import { opening, type Opening } from '../runtime/opening';
import { valuesOf } from '../runtime/params';
import type { ShellProps } from '../runtime/spec';
import { computeTape } from './compute';
import { tapeTable } from './table';
import { tapeBadge, tapeText } from './text';

/** The tape's opening state at build time (its figures are drawn by the script; the readout is here). */
export function tapeOpening(props: ShellProps): Opening {
  return opening(tapeTable, props, {
    compute: computeTape,
    count: (tape) => tape.records.length,
    text: (tape, i, values) => tapeText(tape, i, valuesOf(tapeTable, values).sample),
    badge: tapeBadge,
    figures: () => ({}),
  });
}
