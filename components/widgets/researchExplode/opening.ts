import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/spec';
import { computeExplode } from './compute';
import { explodeTable } from './table';
import { explodeBadge, explodeText } from './text';

/** The opening numbers at build time (the map itself is drawn by the script). */
export function explodeOpening(props: ShellProps): Opening {
  return opening(explodeTable, props, {
    compute: (v) => computeExplode(v),
    count: (run) => run.records.length,
    text: (run, k) => explodeText(run, k),
    badge: (run, k) => explodeBadge(run, k),
    figures: () => ({}),
  });
}
