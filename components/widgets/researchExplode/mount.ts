import { mountEach, part } from '../runtime/dom';
import type { ParamValues } from '../runtime/params';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { workerCompute, type RunJob } from '../runtime/workerCompute';
import { nth } from '../../../src/solver/core/nth';
import { cellAt, type ExplodeRun } from './cells';
import { RunFailure } from '../runtime/runFailure';
import { createExplodePlot } from './plot';
import { explodeTable } from './table';
import { explodeBadge, explodeText } from './text';

function explodeComputer(): (values: ParamValues, job: RunJob) => Promise<ExplodeRun> {
  const inWorker = workerCompute<ExplodeRun>(
    () => new Worker(new URL('./explode.worker.ts', import.meta.url), { type: 'module' }),
  );
  // The maps are computed in a worker only, so the solver stays out of the page's script.
  return (values, job) =>
    typeof Worker === 'function'
      ? inWorker(values, job)
      : Promise.reject(new RunFailure('load', 'this browser has no web workers'));
}

/**
 * Mounts one explosion map: the stepper steps over N; a click on a cell chooses it (the α and a
 * inputs do the same from the keyboard) and loads it into the inversion widget named by the
 * shell's data-target; the "Load" button loads the chosen cell.
 */
export function mountExplode(root: HTMLElement) {
  const plot = createExplodePlot(part(root, '[data-part="plot"]'));
  const target = root.closest<HTMLElement>('[data-target]')?.dataset.target;
  const spec: WidgetSpec<ExplodeRun> = {
    table: explodeTable,
    unit: 'N',
    compute: explodeComputer(),
    count: (run) => run.records.length,
    rows: (run) =>
      run.records.flatMap((r) =>
        r.cells.map((c) => ({ N: r.N, alpha: c.alpha, a: c.a, c: c.c, log10Tangent: c.logTangent })),
      ),
    text: (run, k) => explodeText(run, k),
    badge: (run, k) => explodeBadge(run, k),
    draw: ({ run, k }) => plot.draw(run, k),
    setup(ctx) {
      const load = () => {
        const run = ctx.run();
        const inversion = target ? document.getElementById(target) : null;
        if (!run || !inversion) return;
        const cell = cellAt(run, ctx.stepper.k, run.chosen.col, run.chosen.row);
        if (!cell) return;
        const { x, b, y0 } = run.observation;
        // Cell centres are sums of floats (0.049999…): the inversion gets them rounded as a reader types them.
        const round = (v: number) => Number(v.toFixed(6));
        const values = {
          alpha: round(cell.alpha),
          a: round(cell.a),
          N: run.records[ctx.stepper.k]?.N ?? 0,
          x,
          b,
          y0,
          momentum: 'none',
        };
        inversion.dispatchEvent(new CustomEvent('unrolled:preset', { detail: { values, k: 'end' } }));
      };
      root.querySelector('[data-action="load-cell"]')?.addEventListener('click', load);
      const svg = plot.frame.svg.node() as SVGSVGElement;
      svg.addEventListener('click', (event) => {
        const run = ctx.run();
        const hit = run && plot.cellAt(run, event.clientX, event.clientY);
        if (!run || !hit) return;
        const alpha = Number(nth(run.alphas, hit.col).toFixed(4));
        const a = Number(nth(run.as, hit.row).toFixed(4));
        ctx.set({ alpha, a }, ctx.stepper.k);
        // The new choice is drawn once its run is back; the inversion gets the clicked cell now.
        run.chosen = hit;
        load();
      });
    },
  };
  return mountWidget(root, spec);
}

/** Mounts every explosion map on the page; one inside a prediction not yet revealed waits for the reveal. */
export function mountAllExplode(): void {
  mountEach('research-explode', (root) => {
    const gate = root.closest<HTMLElement>('[data-reveal][hidden]');
    if (!gate) return mountExplode(root);
    gate.addEventListener('unrolled:revealed', () => void mountExplode(root), { once: true });
    return null;
  });
}
