import { aDigit } from '../../../src/words/clauses';
import type { digits as dg } from '../../../src/solver';
import { createDigitImage } from '../digits/image';
import { createRowsCanvas } from '../digits/rowsCanvas';
import { part } from '../runtime/dom';
import { asFailure, failureMessage } from '../runtime/runFailure';
import { bindInnerStepper } from '../runtime/innerStepper';
import { setText } from '../runtime/writers';
import type { DigitsTrainRun } from '../digitsTrain/compute';
import { sweepComputer } from './compute';
import { sweepRecords, type SweepStep } from './records';
import { sweepTable, weightsTable } from './tables';
import { entryName, sweepNarration, sweepTitle, type GradEntry } from './text';

/**
 * The step-into view of one training update of D: the chosen training image's stored inner
 * steps y₀ … y_N, then the reverse sweep from N back to 0 with its adjoint ȳ_n and dT/dD
 * accumulating (all images, and this image's part). Its records play on a runtime Stepper with
 * the runtime's transport and keys; the records come from a worker (the literal unrolled path).
 * "Step out" (or Esc) returns to the outer run.
 */
export function createSweepView(root: HTMLElement, onClose: () => void) {
  const box = part(root, '[data-part="step-into"]');
  const title = part(box, '[data-part="inner-title"]');
  const live = part(box, '[data-part="inner-live"]');
  const body = part(box, '[data-part="inner-body"]');
  const sweepBody = part(box, '[data-part="sweep-body"]');
  const note = part(root, '[data-part="lazy-note"]');
  const imageInput = part<HTMLInputElement>(box, '[data-part="sweep-image"]');
  const picture = createDigitImage(part(box, '[data-part="sweep-picture"]'));
  const gradRows = createRowsCanvas(part(box, '[data-part="sweep-grad"]'));
  const compute = sweepComputer();

  let sweep: dg.DigitsSweep | null = null;
  let recs: SweepStep[] = [];
  let at: { run: DigitsTrainRun; k: number; entry: GradEntry } | null = null;
  let job: AbortController | null = null;
  const { stepper, transport, close } = bindInnerStepper(root, box, 'record', {
    abort: () => job?.abort(),
    closed: onClose,
  });

  function render(): void {
    const r = recs[stepper.k];
    transport.sync();
    box.dataset.k = String(stepper.k);
    if (!sweep || !at || !r) return;
    const back = r.phase === 'backward' ? sweep.sweep.find((s) => s.n === r.n) : undefined;
    box.dataset.phase = r.phase;
    body.replaceChildren(weightsTable(sweep, r));
    sweepBody.replaceChildren(...(back ? [sweepTable(sweep, r.n, at.entry)] : []));
    const zero = new Float64Array(640);
    gradRows.update(
      back?.grad ?? zero,
      back && r.n < sweep.ys.length - 1
        ? `dT/dD so far (steps ${sweep.ys.length - 1} to ${r.n + 1}) as ten 8 by 8 images; ${entryName(at.entry)} is followed in the table.`
        : 'dT/dD so far: nothing yet, the sweep has not gone back through any step.',
    );
    setText(live, sweepNarration(sweep, r, at.entry));
  }
  stepper.onChange(render);

  function show(next: dg.DigitsSweep): void {
    if (!at) return;
    sweep = next;
    recs = sweepRecords(next);
    title.textContent = sweepTitle(next, at.k);
    picture.update(next.x, `Training image ${next.image + 1}, ${aDigit(next.label)}.`);
    box.hidden = false;
    stepper.reset(recs.length, 0);
    box.focus();
  }

  /** Opens the view on update k, following `entry` of dT/dD; resolves once it is shown. */
  function open(run: DigitsTrainRun, k: number, entry: GradEntry): Promise<void> {
    job?.abort();
    const own = new AbortController();
    job = own;
    at = { run, k, entry };
    const d = run.records[k]?.d;
    if (!d) return Promise.resolve();
    const image = Math.min(Math.max(1, Math.round(Number(imageInput.value) || 1)), run.trainCount);
    imageInput.value = String(image);
    note.textContent = 'Computing the update’s inner steps and sweep…';
    return compute({ d, alpha: run.alpha, steps: run.steps, image }, { signal: own.signal, progress: () => {} }).then(
      (next) => {
        if (job !== own) return;
        note.textContent = '';
        show(next);
      },
      (error: unknown) => {
        if (job === own) note.textContent = failureMessage(asFailure(error), 'Step into');
      },
    );
  }
  imageInput.addEventListener('change', () => {
    if (at) void open(at.run, at.k, at.entry);
  });

  return { open, close, isOpen: () => !box.hidden, stepper };
}
