import '../digits/digits.css';
import { panel } from '../digits/panel';
import { chunkMessage, loadChunk } from '../runtime/chunks';
import { part, mountEach } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { workerCompute } from '../runtime/workerCompute';
import { createRowsCanvas } from '../digits/rowsCanvas';
import { createLineChart } from '../digits/lossLine';
import { digits as dg } from '../../../src/solver';
import { formatFixed, formatSig } from '../../../src/words/format';
import type { DigitsTrainRun } from './compute';
import { createConfusionTable } from './confusion';
import { digitsTrainTable } from './table';
import { digitsTrainBadge, digitsTrainText } from './text';

/** Mounts one dictionary-training widget; its runs are computed in a worker. */
export function mountDigitsTrain(root: HTMLElement) {
  const host = part(root, '[data-part="plot"]');
  const grid = document.createElement('div');
  grid.className = 'digit-panels';
  host.append(grid);
  const rows = createRowsCanvas(panel(grid, 'The ten rows of D', 'Text colour: positive pixels; orange: negative.'));
  const tChart = createLineChart(panel(grid, 'T per update', 'Dot: the current update.'), 'update k →');
  const accChart = createLineChart(
    panel(grid, 'Accuracy per update', 'Solid: test set; dashed: training set.'),
    'update k →',
  );
  const confusion = createConfusionTable(panel(grid, 'Confusion matrix (test set)', 'Diagonal: read right.'));
  const stepIntoButton = part<HTMLButtonElement>(root, '[data-action="step-into"]');
  const lazyNote = part(root, '[data-part="lazy-note"]');
  // The step-into view loads on first use: most readers never open it.
  let inner: ReturnType<typeof import('../digitsSweep/view').createSweepView> | null = null;
  const inWorker = workerCompute<DigitsTrainRun>(
    () => new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }),
  );
  const spec: WidgetSpec<DigitsTrainRun> = {
    table: digitsTrainTable,
    unit: 'update',
    compute: (values, job) => inWorker(values, job),
    count: (run) => run.records.length,
    objective: (run) => run.records.map((r) => r.T),
    rows: (run) =>
      run.records.map((r) => ({
        k: r.update,
        T: r.T,
        train: r.trainAccuracy,
        test: r.testAccuracy,
        lambdaMax: r.lambdaMax,
      })),
    text: (run, k) => digitsTrainText(run, k),
    badge: (run, k) => digitsTrainBadge(run, k),
    draw: ({ run, k }) => {
      const r = run.records[k];
      if (!r) return;
      stepIntoButton.textContent = `Step into update ${k}`;
      const negative = r.d.reduce((n, v) => n + (v < 0 ? 1 : 0), 0);
      rows.update(
        r.d,
        `The ten rows of D at update ${k}, each shown as an 8 by 8 image, digits 0 to 9; ${negative} of the 640 entries are negative.`,
      );
      tChart.update(
        run.records.map((s) => s.T),
        k,
        `T per update, from ${formatSig(run.records[0]?.T ?? 0, 4)} to ${formatSig(run.records.at(-1)?.T ?? 0, 4)}; now ${formatSig(r.T, 4)}.`,
      );
      accChart.update(
        run.records.map((s) => s.testAccuracy),
        k,
        `Test accuracy per update, now ${formatFixed(100 * r.testAccuracy, 1)} %; training accuracy ${formatFixed(100 * r.trainAccuracy, 1)} %.`,
        run.records.map((s) => s.trainAccuracy),
      );
      confusion.update(
        r.confusion,
        `At update ${k}: ${formatFixed(100 * r.testAccuracy, 1)} % of ${run.testCount} test images read right.`,
      );
    },
    setup(ctx) {
      stepIntoButton.addEventListener('click', async () => {
        const run = ctx.run();
        const r = run?.records[ctx.stepper.k];
        if (!run || !r) return;
        ctx.stepper.pause();
        try {
          inner ??= (await loadChunk(() => import('../digitsSweep/view'))).createSweepView(root, () =>
            stepIntoButton.focus(),
          );
        } catch (error) {
          lazyNote.textContent = chunkMessage('Step into', error);
          return;
        }
        lazyNote.textContent = '';
        await inner.open(run, ctx.stepper.k, dg.largestEntry(r.grad));
      });
    },
  };
  return mountWidget(root, spec);
}

export function mountAllDigitsTrains(): void {
  mountEach('digits-train', mountDigitsTrain);
}
