import { staticFigureSvg } from '../drawing/staticFigure';
import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/widget';
import { computeInversion } from './compute';
import { inversionTable } from './table';
import { inversionBadge, inversionText } from './text';

/** The inversion widget's opening state: L(x, y) and the iterates up to step k. */
export function inversionOpening(props: ShellProps): Opening {
  return opening(inversionTable, props, {
    compute: computeInversion,
    count: (run) => run.result.steps.length,
    text: (run, k) => inversionText(run, k),
    badge: (run, k) => inversionBadge(run, k),
    figures(run, k) {
      const vs = run.curve.map((p) => p.v).filter(Number.isFinite);
      const lo = Math.min(...vs);
      const hi = Math.max(...vs);
      const steps = run.result.steps.slice(0, k + 1);
      const pad = 0.05 * (hi - lo || 1);
      return {
        plot: staticFigureSvg({
          width: 640,
          height: 340,
          label: `Loss L(x, y) against y, with the gradient-descent iterates up to step ${k}`,
          x: { label: 'y', domain: run.range },
          y: { label: 'L(x, y)', domain: [lo - pad, hi + pad] },
          lines: [
            { points: run.curve.map((p) => [p.y, p.v] as const), cls: 'curve' },
            { points: steps.map((s) => [s.y, s.loss] as const), cls: 'iterate-path' },
          ],
          dots: steps.map((s, i) => ({ x: s.y, y: s.loss, cls: i === k ? 'current' : 'point' })),
        }),
      };
    },
  });
}
