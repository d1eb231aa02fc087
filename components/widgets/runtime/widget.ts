import { bindControls, syncControls } from './controls';
import { el, part, prefersReducedMotion } from './dom';
import { bindKeys } from './keys';
import { bindShare } from './share';
import { defaults, merge, type ParamValue, type ParamValues } from './params';
import { Stepper } from './stepper';
import { bindTransport } from './transport';
import {
  readProps,
  type ObjectiveRequest,
  type PresetDetail,
  type ShellProps,
  type WidgetContext,
  type WidgetSpec,
} from './spec';
import { readUrlState, writeUrlState } from './urlState';
import { createRunner } from './runs';
import type { RunFailure } from './runFailure';
import { fillReadout, notice, setText, writeSlots } from './writers';

/**
 * Mounts a widget on its shell: parameters from the table (defaults ← preset ← URL), one
 * stepper, every view subscribed to it, and the controls wired at once; the first run goes
 * through the same pipeline as every later one (runs.ts). Resolves when the widget is wired,
 * before its first run has arrived when that run comes from a worker.
 */
export async function mountWidget<Run>(root: HTMLElement, spec: WidgetSpec<Run>): Promise<WidgetContext<Run>> {
  const props = readProps(root);
  const base = merge(spec.table, defaults(spec.table), props.preset ?? {}).values;
  return Promise.resolve(start(root, spec, props, base, readUrlState(root.id, spec.table, base)));
}

function start<Run>(
  root: HTMLElement,
  spec: WidgetSpec<Run>,
  props: ShellProps,
  base: ParamValues,
  fromUrl: ReturnType<typeof readUrlState>,
): WidgetContext<Run> {
  const mountStart = performance.now();
  const id = root.id;
  let values = fromUrl.values;
  /** The run on screen and the values it was computed from (null until the first run arrives). */
  let run: Run | null = null;
  let runValues = values;
  let ghost: Run | null = null;
  const stepper = new Stepper(1);
  const motion = !prefersReducedMotion();
  root.dataset.motion = motion ? 'full' : 'reduced';

  const noticeBox = part(root, '[data-part="notice"]');
  notice(noticeBox, fromUrl.ignored, base);
  const live = part(root, '[data-part="live"]');
  const badgeBox = part(root, '[data-part="badge"]');
  const readout = part<HTMLTableSectionElement>(root, '[data-part="readout"] tbody');
  const eqText = root.querySelector<HTMLElement>('[data-part="equation-text"]');
  const transport = bindTransport(part(root, '[data-part="transport"]'), stepper, spec.unit);

  const share = bindShare(
    root,
    root.dataset.widget ?? 'widget',
    () => (run ? spec.rows(run) : []),
    () => ({ table: spec.table, values: runValues, k: stepper.k, count: stepper.count, unit: spec.unit, run }),
  );
  let lastK = -1;
  // The URL and the embed code are written once the reader pauses (replaceState costs about a
  // millisecond, and browsers throttle it), not on every step of a held arrow key.
  let urlTimer = 0;
  const writeUrlSoon = () => {
    clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => {
      if (stepper.playing || runner.busy()) return;
      writeUrlState(id, spec.table, runValues, base, stepper.k);
      share.update();
    }, 120);
  };
  const render = () => {
    if (run === null) return;
    // Measured by `npm run bench:ui` (main-thread time per step).
    const started = performance.now();
    const k = stepper.k;
    const shown = runValues;
    const text = spec.text(run, k, shown);
    writeSlots(root, text.slots);
    if (eqText) setText(eqText, text.equation);
    fillReadout(readout, text.readout);
    // Announce steps the reader takes; during autoplay only the step it stops on.
    if (!stepper.playing && k !== lastK) live.textContent = text.narration;
    lastK = k;
    const b = spec.badge(run, k, shown);
    if (badgeBox.dataset.tone !== b.tone || badgeBox.textContent !== `${b.label} ${b.reason}`) {
      badgeBox.dataset.tone = b.tone;
      badgeBox.replaceChildren(el('strong', { text: b.label }), ` ${b.reason}`);
    }
    spec.draw({ run, k, ghost: shown.ghost === false ? null : ghost, values: shown, animate: motion, root });
    transport.sync();
    // Attributes of the root restyle the whole widget: each is written only when it changes.
    const data = { k: String(k), count: String(stepper.count), tone: b.tone };
    for (const [key, value] of Object.entries(data)) if (root.dataset[key] !== value) root.dataset[key] = value;
    // The URL and the embed code follow the step the reader stops on, not every autoplay frame,
    // and always the run on screen (not one still computing).
    if (!stepper.playing && !runner.busy()) writeUrlSoon();
    performance.measure('unrolled:step', { start: started, detail: id });
  };

  const controls = root.querySelector<HTMLElement>('[data-part="params"]');
  if (controls) {
    bindControls(controls, spec.table, (name: string, value: ParamValue) => set({ [name]: value }));
    syncControls(controls, spec.table, values); // the URL may differ from the built page
  }
  // Controls shown, locked and the badge hidden, as a link or an embed asks (runtime/viewOptions.ts,
  // loaded only when the link carries them); a locked value never changes.
  let locked: string[] = [];
  if (/(^|[?&.])(controls|lock|badge)=/.test(location.search)) {
    void import('./viewOptionsDom').then((m) => (locked = m.applyFromUrl(root, spec.table)));
  }

  /** The step to show once the next run arrives (a preset's or the link's), else the current one. */
  let pendingK: number | undefined = fromUrl.k ?? (props.k === 'end' ? Number.MAX_SAFE_INTEGER : (props.k ?? 0));
  let requestedAt = mountStart;
  /** Runs delivered so far: a first run waiting for its own task is dropped when a newer one arrives. */
  let delivered = 0;
  /** The widget is ready once every panel has drawn (a staged panel draws a few tasks later). */
  const whenDrawn = () => {
    if (root.querySelector('[data-staged="pending"]')) return void setTimeout(whenDrawn, 0);
    root.dataset.ready = 'true';
    performance.measure('unrolled:mount', { start: mountStart, detail: id });
  };
  const show = (next: Run, nextValues: ParamValues) => {
    const first = run === null;
    // The build-time figures give way to the live ones in the task that draws them (no empty axes
    // between); a panel drawn in a later task (stagedDraw.ts) removes its own.
    if (first)
      for (const figure of root.querySelectorAll('.static-figure')) {
        if (!figure.parentElement?.closest('[data-staged]')) figure.remove();
      }
    ghost = run;
    run = next;
    // The newest request's values (a confirmed or retried run may differ from the controls).
    values = runValues = { ...nextValues, ghost: values.ghost !== false };
    if (controls) syncControls(controls, spec.table, values);
    const k = pendingK ?? Math.min(stepper.k, spec.count(next) - 1);
    pendingK = undefined;
    stepper.reset(spec.count(next), k);
    // Measured by `npm run bench:ui`: from the parameter change to the new run drawn.
    performance.measure(first ? 'unrolled:first-run' : 'unrolled:rerun', { start: requestedAt, detail: id });
    if (first) whenDrawn();
  };
  const runner = createRunner<Run>(root, spec.compute, spec.estimate, {
    done(next, nextValues) {
      const mine = ++delivered;
      // The first run is drawn in a task after the one that computed it: its first draw (the
      // style, layout and paint of every panel) and its compute together would be one long task.
      if (run === null) setTimeout(() => mine === delivered && show(next, nextValues), 0);
      else show(next, nextValues);
    },
    failed(f: RunFailure | 'over-budget') {
      if (run === null) {
        // No run to show: the built page's opening numbers may belong to other values, so they go.
        for (const slot of root.querySelectorAll<HTMLElement>('[data-slot]')) slot.textContent = '—';
        for (const node of [readout, badgeBox, ...(eqText ? [eqText] : [])]) node.replaceChildren();
        for (const figure of root.querySelectorAll('.static-figure')) figure.remove();
        // No run on screen yet: a link over budget falls back to the page's own opening run.
        if (f === 'over-budget' && values !== base) {
          values = base;
          noticeBox.hidden = false;
          noticeBox.textContent =
            `${noticeBox.textContent ?? ''} Showing the widget's opening run instead of the link's.`.trim();
          if (controls) syncControls(controls, spec.table, values);
          runner.request(base, { keepMessage: true });
        }
        return;
      }
      // The run on screen stays, and so do its values in the controls and the URL; a text the
      // reader typed (a model) stays as typed, so its message can be acted on.
      values = runValues;
      if (controls)
        syncControls(
          controls,
          spec.table.filter((s) => s.kind !== 'text'),
          values,
        );
      render();
    },
  });

  function set(changes: Record<string, unknown>, k?: number): void {
    const merged = merge(
      spec.table,
      values,
      Object.fromEntries(Object.entries(changes).filter(([name]) => !locked.includes(name))),
    );
    notice(noticeBox, merged.ignored, values);
    const onlyView = Object.keys(changes).every((n) => n === 'ghost');
    values = merged.values;
    if (controls) syncControls(controls, spec.table, values);
    if (onlyView) {
      runValues = { ...runValues, ghost: values.ghost !== false };
      if (run) stepper.reset(spec.count(run), k ?? stepper.k);
      return;
    }
    pendingK = k;
    requestedAt = performance.now();
    runner.request(values);
  }

  stepper.onChange(render);
  // Presenter mode moves the widget of the current section through its milestones with the clicker;
  // it asks for the run's objective to choose them (runtime/milestones.ts).
  root.addEventListener('unrolled:objective', (event) =>
    (event as CustomEvent<ObjectiveRequest>).detail.reply(stepper.count, run ? (spec.objective?.(run) ?? []) : []),
  );
  root.addEventListener('unrolled:seek', (event) => stepper.seek((event as CustomEvent<{ k: number }>).detail.k));
  bindKeys(root, () => stepper);
  root.addEventListener('unrolled:preset', (event) => {
    const detail = (event as CustomEvent<PresetDetail>).detail;
    const k = detail.k === 'end' ? Number.MAX_SAFE_INTEGER : detail.k;
    set({ ...(detail.keep ? values : base), ...(detail.values ?? {}) }, k ?? 0);
    void import('./showWidget').then((m) => m.showWidget(root, { focus: true }));
  });

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
          for (const e of entries) stepper.hold('offscreen', !e.isIntersecting);
        })
      : null;
  observer?.observe(root);
  document.addEventListener('visibilitychange', () => stepper.hold('hidden', document.hidden));

  const ctx: WidgetContext<Run> = {
    root,
    stepper,
    values: () => values,
    run: () => run,
    set,
    redraw: render,
  };
  spec.setup?.(ctx);
  root.dataset.wired = 'true';
  runner.request(values);
  // A link to this widget's state shows it (loaded only then).
  if (!location.hash && location.search.includes(`${id}.`))
    void import('./showWidget').then((m) => m.showIfLinked(root));
  return ctx;
}
