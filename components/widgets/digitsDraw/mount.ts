import '../digits/digits.css';
import { panel } from '../digits/panel';
import { digitStepRows } from '../digits/stepRows';
import { part, mountEach } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { createWeightBars } from '../digits/bars';
import { createDigitImage } from '../digits/image';
import { createLineChart } from '../digits/lossLine';
import { loadDigits } from '../digits/load';
import { formatSig } from '../../../src/words/format';
import { predicted } from '../digitsInvert/compute';
import { blank, fromImage } from './bitmap';
import { computeDraw, type DigitsDrawRun } from './compute';
import { createPad } from './pad';
import { digitsDrawTable } from './table';
import { digitsDrawBadge, digitsDrawText } from './text';

/** Mounts one draw-a-digit widget on its shell. */
export function mountDigitsDraw(root: HTMLElement) {
  const host = part(root, '[data-part="plot"]');
  const bitmap = blank();
  const grid = document.createElement('div');
  grid.className = 'digit-panels digit-panels-draw';
  host.append(grid);
  let redo: () => void = () => undefined;
  const padBox = panel(grid, 'Draw here (32 × 32)', 'Lines: the 4 × 4 blocks counted into one pixel each.');
  const pad = createPad(
    padBox,
    bitmap,
    () => redo(),
    'Drawing surface, 32 by 32 cells. Draw with the mouse or a finger; or use the arrow keys to move the cursor and Space to ink or clear the cell under it (Shift with an arrow inks as it moves).',
  );
  const tools = document.createElement('div');
  tools.className = 'draw-tools';
  const clear = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'action',
    textContent: 'Clear the drawing',
  });
  const sample = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'action',
    textContent: 'Load a test image',
  });
  tools.append(clear, sample);
  padBox.append(tools);
  const reduced = createDigitImage(panel(grid, 'Reduced to 8 × 8 (0..16)', 'What the inversion sees.'));
  const bars = createWeightBars(panel(grid, 'The ten weights yₙ', 'Red: the largest weight, the class read.'));
  const loss = createLineChart(panel(grid, 'Loss L per step', 'Dot: the current step.'), 'step n →');

  const spec: WidgetSpec<DigitsDrawRun> = {
    table: digitsDrawTable,
    unit: 'step',
    compute: (values) => computeDraw(values, bitmap),
    count: (run) => Math.max(1, run.records.length),
    objective: (run) => run.records.map((r) => r.loss),
    rows: (run) => digitStepRows(run.records),
    text: (run, k) => digitsDrawText(run, k),
    badge: (run, k) => digitsDrawBadge(run, k),
    draw: ({ run, k }) => {
      pad.redraw();
      reduced.update(run.x, run.empty ? 'The 8 by 8 reduction: empty.' : 'The 8 by 8 reduction of your drawing.');
      const r = run.records[k];
      const y = r?.y ?? new Float64Array(10);
      const best = predicted(y);
      bars.update(
        y,
        run.range,
        run.empty
          ? 'No weights: nothing is drawn.'
          : `Weights after step ${k}, largest on ${best}: ${Array.from(y, (v, c) => `${c}: ${formatSig(v, 2)}`).join(', ')}.`,
      );
      const losses = run.records.map((s) => s.loss);
      loss.update(
        losses.length ? losses : [1],
        r ? k : 0,
        r ? `Loss per step; now ${formatSig(r.loss, 3)}.` : 'No loss: nothing is drawn.',
      );
    },
    setup(ctx) {
      // A changed drawing is a new run, shown at its last step (the classification). The drawing is
      // not a parameter, so a parameter is set to its own value: an empty change would only redraw.
      redo = () => ctx.set({ dict: ctx.values().dict }, Number.MAX_SAFE_INTEGER);
      clear.addEventListener('click', () => {
        bitmap.fill(0);
        redo();
      });
      let next = 0;
      sample.addEventListener('click', () => {
        void loadDigits().then((data) => {
          bitmap.set(fromImage(data.test.x.subarray(next * 64, next * 64 + 64)));
          next = (next + 1) % data.test.count;
          redo();
        });
      });
    },
  };
  return mountWidget(root, spec);
}

export function mountAllDigitsDraws(): void {
  mountEach('digits-draw', mountDigitsDraw);
}
