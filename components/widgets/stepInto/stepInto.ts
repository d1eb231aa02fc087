import type { UpdateDetail } from '../../../src/solver';
import { el, part } from '../runtime/dom';
import { asFailure, failureMessage } from '../runtime/runFailure';
import { bindInnerStepper } from '../runtime/innerStepper';
import { setText, writeSlots } from '../runtime/writers';
import { createTangentPlot } from '../training/tangentPlot';
import type { TrainingRun } from '../training/compute';
import { detailComputer } from './compute';
import { innerRecords, type InnerRecord } from './records';
import { sampleTable, sumTable } from './tables';
import { innerStepText, innerTitle, sumText } from './text';

/**
 * The step-into view of update k: each sample's inner iterates g(n) with the forward-mode
 * tangents dg/da, dg/db building up, then the sum into ∂T/∂θ and the θ update. Built from the
 * widget runtime: its records play on a runtime Stepper with the runtime's transport, keys and
 * slot writer; the update's detail comes from the compute path (a worker when it is slow).
 * "Step out" returns to the outer run.
 */
export function createStepInto(root: HTMLElement, onClose: () => void) {
  const box = part(root, '[data-part="step-into"]');
  const body = part(box, '[data-part="inner-body"]');
  const title = part(box, '[data-part="inner-title"]');
  const live = part(box, '[data-part="inner-live"]');
  const linearEq = box.querySelector<HTMLElement>('[data-part="inner-equation"]');
  const plotHost = part(box, '[data-part="inner-plot"]');
  // Created on first open, once the box is shown: the figure sizes its text to its rendered width.
  let drawTangents: ReturnType<typeof createTangentPlot> | null = null;
  let detail: UpdateDetail | null = null;
  let recs: InnerRecord[] = [];
  let run: TrainingRun | null = null;
  const compute = detailComputer();
  let job: AbortController | null = null;
  const { stepper, transport, close } = bindInnerStepper(root, box, 'inner step', {
    abort: () => job?.abort(),
    closed: onClose,
  });

  function render(): void {
    if (!detail || !run) return;
    const r = recs[stepper.k];
    transport.sync();
    box.dataset.k = String(stepper.k);
    if (!r) return;
    if (r.kind === 'sum') {
      const text = sumText(detail, run.params);
      body.replaceChildren(sumTable(detail), el('p', { class: 'inner-update', text }));
      plotHost.hidden = true;
      if (linearEq) linearEq.hidden = true;
      setText(live, text);
      return;
    }
    const step = innerStepText(detail, run.params, r.i, r.n);
    const s = detail.samples[r.i];
    if (!step || !s) return;
    if (linearEq) {
      linearEq.hidden = run.params.model !== 'linear' || step.last;
      writeSlots(linearEq, step.slots);
    }
    body.replaceChildren(sampleTable(detail, r.i, r.n));
    plotHost.hidden = false;
    drawTangents ??= createTangentPlot(plotHost);
    drawTangents(s.inner, r.n, run.params.gradient.steps ?? run.params.inner.steps);
    setText(live, step.narration);
  }
  stepper.onChange(render);

  function show(trainingRun: TrainingRun, next: UpdateDetail): void {
    run = trainingRun;
    detail = next;
    recs = innerRecords(next, trainingRun.params.gradient.steps ?? trainingRun.params.inner.steps);
    title.textContent = innerTitle(next);
    box.hidden = false;
    stepper.reset(recs.length, 0);
    box.focus();
  }

  /**
   * Opens the view on update k of the run. Resolves once it is shown; a detail computed off the
   * main thread that fails rejects with the sentence to show (runtime/runFailure.ts).
   */
  function open(trainingRun: TrainingRun, k: number): Promise<void> {
    job?.abort();
    const own = new AbortController();
    job = own;
    const history = trainingRun.result.history;
    const input = { params: trainingRun.params, history: history.slice(0, Math.min(k, history.length - 1) + 1), k };
    input.k = input.history.length - 1;
    try {
      const result = compute(input, { signal: own.signal, progress: () => {} });
      if (!(result instanceof Promise)) return Promise.resolve(show(trainingRun, result));
      return result.then(
        (next) => {
          if (job === own) show(trainingRun, next);
        },
        (error: unknown) => Promise.reject(new Error(failureMessage(asFailure(error), 'Step into'))),
      );
    } catch (error) {
      return Promise.reject(new Error(failureMessage(asFailure(error), 'Step into')));
    }
  }
  return { open, close, isOpen: () => !box.hidden, stepper };
}
