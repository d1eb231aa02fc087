import { opening, type Opening } from '../runtime/opening';
import { staticFigureSvg } from '../drawing/staticFigure';
import type { ShellProps } from '../runtime/spec';
import { computeRewind, rewindCount } from './compute';
import { FLOOR } from './plot';
import { rewindTable } from './table';
import { rewindBadge, rewindText } from './text';

/** The opening state at build time: the true path and the path rewound j steps. */
export function rewindOpening(props: ShellProps): Opening {
  return opening(rewindTable, props, {
    compute: computeRewind,
    count: rewindCount,
    text: rewindText,
    badge: rewindBadge,
    figures(run, j) {
      const steps = run.rewind.steps;
      const yStar = run.rewind.yStar;
      const d = (v: number) => Math.max(FLOOR, Math.abs(v - yStar));
      const top = Math.max(...steps.map((s) => Math.abs(s.y - yStar)), 1) * 1e3;
      return {
        plot: staticFigureSvg({
          width: 640,
          height: 320,
          label: `Distance to y* of the true path and of the path rewound ${j} steps from g(N)`,
          x: { label: 'n, step of the inversion', domain: [0, steps.length - 1] },
          y: { label: 'distance', domain: [FLOOR, top], log: true },
          lines: [
            { points: steps.map((s) => [s.n, d(s.y)] as const), cls: 'rm-true' },
            { points: steps.slice(steps.length - 1 - j).map((s) => [s.n, d(s.rebuilt)] as const), cls: 'rm-rebuilt' },
          ],
          dots: [],
        }),
      };
    },
  });
}
