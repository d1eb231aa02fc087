import { GRADIENT_METHODS, type ImplicitLimit } from '../../../src/solver';
import { mountEach, part } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { computeNeumann } from './compute';
import { createGapsPlot } from './gapsPlot';
import { neumannCount } from './opening';
import { neumannTable } from './table';
import { createTermsPlot } from './termsPlot';
import { neumannBadge, neumannText } from './text';

/** Mounts one implicit-limit widget on its shell: the gaps figure and the stacked terms. */
export function mountNeumann(root: HTMLElement) {
  const gaps = createGapsPlot(part(root, '[data-part="plot"]'));
  const terms = createTermsPlot(part(root, '[data-part="terms"]'));
  const spec: WidgetSpec<ImplicitLimit> = {
    table: neumannTable,
    unit: 'N',
    compute: computeNeumann,
    count: neumannCount,
    objective: (run) => run.steps.map((s) => s.gaps.forward),
    rows: (run) =>
      run.steps.map((s) => ({
        N: s.N,
        factor: s.factor,
        ...Object.fromEntries(GRADIENT_METHODS.map((m) => [m, s.methods[m]])),
        limit: run.implicit,
      })),
    text: (run, k) => neumannText(run, k),
    badge: (run, k) => neumannBadge(run, k),
    draw: ({ run, k, ghost }) => {
      gaps.draw(run, k, ghost);
      terms.draw(run, k);
    },
  };
  return mountWidget(root, spec);
}

/** Mounts every implicit-limit widget on the page. */
export function mountAllNeumann(): void {
  mountEach('research-neumann', mountNeumann);
}
