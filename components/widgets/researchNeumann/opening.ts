import { GRADIENT_METHODS, type ImplicitLimit } from '../../../src/solver';
import { opening, type Opening } from '../runtime/opening';
import { staticFigureSvg } from '../drawing/staticFigure';
import type { ShellProps } from '../runtime/spec';
import { computeNeumann } from './compute';
import { GAP_FLOOR } from './gapsPlot';
import { METHOD_MARKS } from './marks';
import { neumannTable } from './table';
import { neumannBadge, neumannText } from './text';

/** Record count of an implicit-limit run (N = 0 … largest N). */
export const neumannCount = (run: ImplicitLimit) => run.steps.length;

/** The opening state at build time: the gaps up to N and the partial sums of the series. */
export function neumannOpening(props: ShellProps): Opening {
  return opening(neumannTable, props, {
    compute: computeNeumann,
    count: neumannCount,
    text: neumannText,
    badge: neumannBadge,
    figures(run, k) {
      const shown = run.steps.slice(0, k + 1);
      const top = Math.max(...run.steps.flatMap((s) => GRADIENT_METHODS.map((m) => s.gaps[m])), 1e-15) * 3;
      const sums = (run.steps[k]?.terms ?? []).reduce<number[]>((acc, t) => [...acc, (acc.at(-1) ?? 0) + t], [0]);
      const lo = Math.min(0, run.implicit, ...sums);
      const hi = Math.max(0, run.implicit, ...sums);
      return {
        plot: staticFigureSvg({
          width: 640,
          height: 300,
          label: `Distance of each gradient method from the implicit limit against N, up to N = ${k}`,
          x: { label: 'N, steps unrolled', domain: [0, run.params.maxSteps] },
          y: { label: '|dh/dθ − limit|', domain: [GAP_FLOOR, top], log: true },
          lines: GRADIENT_METHODS.map((m) => ({
            points: shown.map((s) => [s.N, Math.max(GAP_FLOOR, s.gaps[m])] as const),
            cls: METHOD_MARKS[m].className,
          })),
          dots: [],
        }),
        terms: staticFigureSvg({
          width: 640,
          height: 260,
          label: `Partial sums of the Neumann series after each of the first ${k} terms`,
          x: { label: 'n, term of the series', domain: [0, Math.min(run.params.maxSteps, 30)] },
          y: { label: 'partial sum', domain: [lo - 0.08 * (hi - lo || 1), hi + 0.08 * (hi - lo || 1)] },
          lines: [
            { points: sums.slice(0, 31).map((v, n) => [n, v] as const), cls: 'rm-forward' },
            {
              points: [
                [0, run.implicit],
                [30, run.implicit],
              ],
              cls: 'rm-limit',
            },
          ],
          dots: [],
        }),
      };
    },
  });
}
