import '../digits/digits.css';
import { panel } from '../digits/panel';
import { digitStepRows } from '../digits/stepRows';
import { part, mountEach } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { createWeightBars } from '../digits/bars';
import { createDigitImage } from '../digits/image';
import { createLineChart } from '../digits/lossLine';
import { formatSig } from '../../../src/words/format';
import { computeDigitsInvert, predicted, type DigitsInvertRun } from './compute';
import { digitsInvertTable } from './table';
import { digitsInvertBadge, digitsInvertText } from './text';

/** Mounts one digit-inversion widget on its shell. */
export function mountDigitsInvert(root: HTMLElement) {
  const host = part(root, '[data-part="plot"]');
  const grid = document.createElement('div');
  grid.className = 'digit-panels';
  host.append(grid);
  const image = createDigitImage(panel(grid, 'The image x', 'Ink in the text colour, stronger nearer 1.'));
  const recon = createDigitImage(panel(grid, 'Reconstruction Dᵀyₙ', 'Orange squares: negative values.'));
  const bars = createWeightBars(panel(grid, 'The ten weights yₙ', 'Red: the largest weight, the class read.'));
  const loss = createLineChart(panel(grid, 'Loss L per step', 'Dot: the current step.'), 'step n →');
  const spec: WidgetSpec<DigitsInvertRun> = {
    table: digitsInvertTable,
    unit: 'step',
    compute: (values) => computeDigitsInvert(values),
    count: (run) => run.records.length,
    objective: (run) => run.records.map((r) => r.loss),
    rows: (run) => digitStepRows(run.records),
    text: (run, k) => digitsInvertText(run, k),
    badge: (run, k) => digitsInvertBadge(run, k),
    draw: ({ run, k }) => {
      const r = run.records[k];
      if (!r) return;
      image.update(run.x, `Test image ${run.image}: a handwritten ${run.label}, 8 by 8 pixels.`);
      recon.update(
        r.reconstruction,
        `Reconstruction after step ${k}: the mix of the ten rows of D with the current weights.`,
      );
      const best = predicted(r.y);
      const weights = Array.from(r.y, (v, c) => `${c}: ${formatSig(v, 2)}`).join(', ');
      bars.update(r.y, run.range, `Weights after step ${k}, largest on ${best}. ${weights}.`);
      loss.update(
        run.records.map((s) => s.loss),
        k,
        `Loss per step, from ${formatSig(run.records[0]?.loss ?? 0, 3)} at step 0 to ${formatSig(run.records.at(-1)?.loss ?? 0, 3)} at step ${run.records.length - 1}; now ${formatSig(r.loss, 3)}.`,
      );
    },
  };
  return mountWidget(root, spec);
}

/** Mounts every digit-inversion widget on the page that is not mounted yet. */
export function mountAllDigitsInverts(): void {
  mountEach('digits-invert', mountDigitsInvert);
}
