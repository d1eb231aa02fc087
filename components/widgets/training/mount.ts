import { chunkMessage, loadChunk } from '../runtime/chunks';
import { part, mountEach } from '../runtime/dom';
import { mountWidget } from '../runtime/widget';
import type { DrawContext, WidgetContext, WidgetSpec } from '../runtime/spec';
import { stagedDraw } from '../runtime/stagedDraw';
import type { TrainingRun } from './compute';
import { trainingComputer } from './computeAsync';
import { trainingEstimate } from './cost';
import { loadDataEditor, type DrawPoints } from './dataLoader';
import { createDataPlot } from './dataPlot';
import { createFieldSource } from './field';
import { createLossPlot } from './lossPlot';
import { createPlanePlot } from './planePlot';
import { keepStepBarInView } from './stepBar';
import { trainingTable } from './table';
import { trainingBadge, trainingText } from './text';
import { CUSTOM } from './typedModel';

/** A task boundary: the page can paint and answer the reader in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Mounts one training widget: three linked panels, step-into and the four gradients. Each panel
 * is created in a task of its own (each is a few tens of milliseconds on a slow phone: one long
 * task would hold up the page's load).
 */
export async function mountTraining(root: HTMLElement) {
  const plotHost = part(root, '[data-part="plot"]');
  const drawData = createDataPlot(plotHost);
  let editData: DrawPoints | null = null;
  await nextTask();
  let ctxRef: WidgetContext<TrainingRun> | null = null;
  const plane = createPlanePlot(part(root, '[data-part="plane"]'), (a, b) => ctxRef?.set({ a0: a, b0: b }, 0));
  await nextTask();
  const drawLoss = createLossPlot(part(root, '[data-part="loss"]'));
  await nextTask();
  const progress = part<HTMLProgressElement>(root, '[data-part="progress"]');
  const progressNote = part(root, '[data-part="progress-note"]');
  const landscapeRetry = part<HTMLButtonElement>(root, '[data-action="landscape-retry"]');
  let retryField: (() => void) | null = null;
  landscapeRetry.addEventListener('click', () => retryField?.());
  const requestField = createFieldSource(
    plane.drawField,
    (status) => {
      progress.hidden = status.share === null;
      if (status.share !== null) progress.value = status.share;
      progressNote.textContent = status.message;
      retryField = status.retry;
      landscapeRetry.hidden = !status.retry;
    },
    plane.grid,
  );
  const gradientsBox = part<HTMLDetailsElement>(root, '[data-part="gradients"]');
  const gradientsBody = part(gradientsBox, '[data-part="gradients-body"]');
  const stepIntoButton = part<HTMLButtonElement>(root, '[data-action="step-into"]');
  // Step-into and the four-gradient table load on first use: most readers never open them.
  let inner: ReturnType<typeof import('../stepInto/stepInto').createStepInto> | null = null;
  const gradients = () => loadChunk(() => import('./gradients'));
  const lazyNote = part(root, '[data-part="lazy-note"]');
  const showGradients = (run: TrainingRun, k: number) =>
    gradients().then(
      (g) => g.renderGradients(gradientsBody, run, k),
      (error: unknown) => {
        gradientsBody.textContent = chunkMessage('The table of the four gradients', error);
      },
    );

  // The three panels' first draws are a task each (stagedDraw.ts).
  const drawPanels = stagedDraw<DrawContext<TrainingRun>>([
    {
      host: plotHost,
      draw({ run, k, ghost }) {
        drawData(run, k, ghost);
        editData?.(run, k);
      },
    },
    {
      host: part(root, '[data-part="plane"]'),
      draw({ run, k, ghost }) {
        plane.draw(run, k, ghost);
        requestField(run);
      },
    },
    { host: part(root, '[data-part="loss"]'), draw: ({ run, k, ghost }) => drawLoss(run, k, ghost) },
  ]);
  const spec: WidgetSpec<TrainingRun> = {
    table: trainingTable,
    unit: 'update',
    compute: trainingComputer(),
    estimate: trainingEstimate,
    count: (run) => run.result.history.length,
    objective: (run) => run.result.history.map((s) => s.T),
    rows: (run) =>
      run.result.history.map((s) => ({
        k: s.k,
        a: s.theta[0] ?? null,
        b: s.theta[1] ?? null,
        T: s.T,
        dT_da: s.grad[0] ?? null,
        dT_db: s.grad[1] ?? null,
        clamped_a: s.clamped[0] ?? false,
      })),
    text: (run, k) => trainingText(run, k),
    badge: (run, k) => trainingBadge(run, k),
    draw(args) {
      const { run, k } = args;
      drawPanels(args);
      stepIntoButton.textContent = `Step into update ${k}`;
      if (gradientsBox.open) void showGradients(run, k);
    },
    setup(ctx) {
      // The data editor loads on first need (dataLoader.ts): most readers never move a point.
      loadDataEditor(ctx, plotHost, drawData.view, (draw) => (editData = draw));
      // Typing a model means using it: the model choice follows the text field.
      root.querySelector<HTMLInputElement>('[data-param="f"]')?.addEventListener('change', (event) => {
        const text = (event.target as HTMLInputElement).value;
        if (ctx.values().model !== CUSTOM) ctx.set({ model: CUSTOM, f: text });
      });
      stepIntoButton.addEventListener('click', async () => {
        const run = ctx.run();
        if (!run) return;
        ctx.stepper.pause();
        try {
          inner ??= (await loadChunk(() => import('../stepInto/stepInto'))).createStepInto(root, () =>
            stepIntoButton.focus(),
          );
        } catch (error) {
          lazyNote.textContent = chunkMessage('Step into', error);
          return;
        }
        lazyNote.textContent = '';
        await inner.open(run, ctx.stepper.k).catch((error: Error) => (lazyNote.textContent = error.message));
      });
      gradientsBox.addEventListener('toggle', () => {
        const run = ctx.run();
        if (gradientsBox.open && run) void showGradients(run, ctx.stepper.k);
      });
    },
  };
  keepStepBarInView(root);
  ctxRef = await mountWidget(root, spec);
  return ctxRef;
}

/** Mounts every training widget on the page that is not mounted yet. */
export function mountAllTrainings(): void {
  mountEach('training', mountTraining);
}
