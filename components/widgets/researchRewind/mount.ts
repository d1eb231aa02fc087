import { mountEach, part } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { computeRewind, rewindCount, stepAt, type RewindRun } from './compute';
import { createRewindPlot } from './plot';
import { rewindTable } from './table';
import { rewindBadge, rewindText } from './text';

/** Mounts one rewinding widget: records are steps rewound, j = 0 … N. */
export function mountRewind(root: HTMLElement) {
  const plot = createRewindPlot(part(root, '[data-part="plot"]'));
  const spec: WidgetSpec<RewindRun> = {
    table: rewindTable,
    unit: 'step back',
    compute: computeRewind,
    count: rewindCount,
    objective: (run) => Array.from({ length: rewindCount(run) }, (_, j) => stepAt(run, j)?.error ?? 0),
    rows: (run) => run.rewind.steps.map((s) => ({ n: s.n, y: s.y, rebuilt: s.rebuilt, error: s.error })),
    text: (run, j) => rewindText(run, j),
    badge: (run, j) => rewindBadge(run, j),
    draw: ({ run, k, ghost }) => plot.draw(run, k, ghost),
  };
  return mountWidget(root, spec);
}

export function mountAllRewind(): void {
  mountEach('research-rewind', mountRewind);
}
