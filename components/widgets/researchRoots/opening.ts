import { staticFigureSvg } from '../drawing/staticFigure';
import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/spec';
import { computeRoots } from './compute';
import { rootsTable } from './table';
import { rootsBadge, rootsText } from './text';

/** The opening state at build time: the same run, text and badge, and a static diagram. */
export function rootsOpening(props: ShellProps): Opening {
  return opening(rootsTable, props, {
    compute: (v) => computeRoots(v),
    count: (run) => run.records.length,
    text: (run, k) => rootsText(run, k),
    badge: (run, k) => rootsBadge(run, k),
    figures(run, k) {
      const ends = run.records.filter((r) => r.mine.status !== 'diverged');
      return {
        plot: staticFigureSvg({
          width: 640,
          height: 360,
          label: `Every exact fit a against N = 0 to ${run.records.length - 1}, and where training from a₀ = ${run.a0} ends`,
          x: { label: 'N, inner steps', domain: [-0.5, run.records.length - 0.5] },
          y: { label: 'a', domain: [0, 5.2] },
          lines: [{ points: ends.map((r) => [r.N, r.mine.a] as const), cls: 'landing-mine' }],
          dots: run.records.flatMap((r, i) =>
            r.roots.map((q) => ({ x: r.N, y: q.a, cls: i === k ? ('current' as const) : ('point' as const) })),
          ),
        }),
      };
    },
  });
}
