import { mountEach, part } from '../runtime/dom';
import type { ParamValues } from '../runtime/params';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { workerCompute, type RunJob } from '../runtime/workerCompute';
import type { RootsRun } from './records';
import { RunFailure } from '../runtime/runFailure';
import { createRootsPlot } from './plot';
import { rootsTable } from './table';
import { rootsBadge, rootsText } from './text';

/** Runs in a worker (the trainings take about a second), so the solver stays out of the page's script. */
function rootsComputer(): (values: ParamValues, job: RunJob) => Promise<RootsRun> {
  const inWorker = workerCompute<RootsRun>(
    () => new Worker(new URL('./roots.worker.ts', import.meta.url), { type: 'module' }),
  );
  return (values, job) =>
    typeof Worker === 'function'
      ? inWorker(values, job)
      : Promise.reject(new RunFailure('load', 'this browser has no web workers'));
}

/** Mounts one root diagram on its shell: the stepper steps over N. */
export function mountRoots(root: HTMLElement) {
  const plot = createRootsPlot(part(root, '[data-part="plot"]'));
  const spec: WidgetSpec<RootsRun> = {
    table: rootsTable,
    unit: 'N',
    compute: rootsComputer(),
    count: (run) => run.records.length,
    rows: (run) =>
      run.records.flatMap((r) =>
        (r.roots.length ? r.roots : [null]).map((q) => ({
          N: r.N,
          a: q?.a ?? null,
          c: q?.c ?? null,
          kind: q?.kind ?? 'none',
          mineEndA: r.mine.a,
          articleEndA: r.article.a,
        })),
      ),
    text: (run, k) => rootsText(run, k),
    badge: (run, k) => rootsBadge(run, k),
    draw: ({ run, k }) => plot.draw(run, k),
  };
  return mountWidget(root, spec);
}

/**
 * Mounts every root diagram on the page. One inside a prediction not yet revealed waits for the
 * reveal, so its figure is laid out at its real width.
 */
export function mountAllRoots(): void {
  mountEach('research-roots', (root) => {
    const gate = root.closest<HTMLElement>('[data-reveal][hidden]');
    if (!gate) return mountRoots(root);
    gate.addEventListener('unrolled:revealed', () => void mountRoots(root), { once: true });
    return null;
  });
}
