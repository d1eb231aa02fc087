import { bindControls, syncControls } from './controls';
import { el, part, prefersReducedMotion } from './dom';
import { bindKeys } from './keys';
import type { Row } from './exportRun';
import { bindShare } from './share';
import { defaults, merge, type Ignored, type ParamTable, type ParamValue, type ParamValues } from './params';
import { Stepper } from './stepper';
import { bindTransport } from './transport';
import type { PresetDetail } from '../../../src/chrome/tryThis';
import { readUrlState, writeUrlState } from './urlState';
import { createRunner, type Compute, type Estimate } from './runs';
import type { RunFailure } from './runFailure';

/** How a run is going, shown as a badge: the solver's regime and its reason in words. */
export interface Badge {
  tone: 'converging' | 'oscillating' | 'diverging' | 'converged' | 'diverged' | 'info';
  label: string;
  reason: string;
}

/** Everything a widget shows in text for record k; one binder writes all of it. */
export interface StepText {
  /** Equation slot name → formatted number. */
  slots: Record<string, string>;
  /** The equation with its numbers, as a sentence for screen readers. */
  equation: string;
  /** Readout table rows: [label, value]. */
  readout: [string, string][];
  /** The live-region sentence ("Step 3: y = 1.28, loss = 2.07"). */
  narration: string;
}

/** What the shared widget machinery needs to know about one kind of widget. */
export interface WidgetSpec<Run> {
  table: ParamTable;
  /** What one record is called ("step", "update"). */
  unit: string;
  /**
   * The run for these values: at once, or from a worker when it is slow (a promise that honours
   * the job's abort signal and reports progress).
   */
  compute: Compute<Run>;
  /** The run's estimated cost, checked against the work budget before it starts. */
  estimate?(values: ParamValues): Estimate;
  count(run: Run): number;
  /** The objective per record (loss, T): the presenter's milestones mark each new decade of it. */
  objective?(run: Run): readonly number[];
  text(run: Run, k: number, values: ParamValues): StepText;
  badge(run: Run, k: number, values: ParamValues): Badge;
  /** Draws record k (and the ghost of the previous run, if any). */
  draw(ctx: DrawContext<Run>): void;
  /** Every recorded step as a plain row, for the CSV and JSON exports. */
  rows(run: Run): Row[];
  /** Optional extra wiring (drag on the plot, step-into, linked panels). */
  setup?(ctx: WidgetContext<Run>): void;
}

export interface DrawContext<Run> {
  run: Run;
  k: number;
  ghost: Run | null;
  values: ParamValues;
  /** False under prefers-reduced-motion: renderers then place marks at once, without tweening. */
  animate: boolean;
  root: HTMLElement;
}

/** What the presenter asks a widget for: its record count and objective per record. */
export interface ObjectiveRequest {
  reply(count: number, objective: readonly number[]): void;
}

/** Handles for a widget's own extra wiring. */
export interface WidgetContext<Run> {
  root: HTMLElement;
  stepper: Stepper;
  values(): ParamValues;
  /** The run on screen (null until the first run has arrived). */
  run(): Run | null;
  /** Sets parameters as if the reader had changed them (a preset, a drag). */
  set(changes: Record<string, unknown>, k?: number): void;
  redraw(): void;
}

/** Props the .astro shell serialises into `data-props`. */
export interface ShellProps {
  /** Starting parameters, by the names in the widget's table. */
  preset?: Record<string, unknown>;
  /** Which parameter controls to show (all if omitted). */
  controls?: string[];
  /** Starting step, or 'end'. */
  k?: number | 'end';
}

/** The props every widget shell takes (lessons pass them). */
export interface WidgetProps extends ShellProps {
  /** Unique on the page; prefixes the widget's URL state. */
  id: string;
  title?: string;
}

/** Sets a node's text only when it changes (an unchanged write still costs a relayout). */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Writes the readout rows, reusing the rows already there. */
function fillReadout(body: HTMLTableSectionElement, rows: [string, string][]): void {
  while (body.rows.length > rows.length) body.deleteRow(-1);
  rows.forEach(([h, v], i) => {
    const row = body.rows[i] ?? body.appendChild(el('tr', {}, el('th', { scope: 'row' }), el('td')));
    setText(row.cells[0] as HTMLElement, h);
    setText(row.cells[1] as HTMLElement, v);
  });
}

function readProps(root: HTMLElement): ShellProps {
  try {
    return JSON.parse(root.dataset.props ?? '{}') as ShellProps;
  } catch {
    return {};
  }
}

function notice(box: HTMLElement, ignored: Ignored[], defaultsOf: ParamValues): void {
  box.textContent = ignored
    .map((i) => `Ignored ${i.name}=${i.value}: ${i.reason}; using ${String(defaultsOf[i.name] ?? 0)}.`)
    .join(' ');
  box.hidden = ignored.length === 0;
}

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
    () => ({ table: spec.table, values: runValues, k: stepper.k, count: stepper.count, unit: spec.unit }),
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
    for (const slot of root.querySelectorAll<HTMLElement>('[data-slot]')) {
      const v = text.slots[slot.dataset.slot ?? ''];
      if (v !== undefined) setText(slot, v);
    }
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
    root.dataset.k = String(k);
    root.dataset.count = String(stepper.count);
    root.dataset.tone = b.tone;
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
  // Controls shown, locked and the badge hidden, as a link or an embed asks (core/viewOptions.ts,
  // loaded only when the link carries them); a locked value never changes.
  let locked: string[] = [];
  if (/(^|[?&.])(controls|lock|badge)=/.test(location.search)) {
    void import('./viewOptionsDom').then((m) => (locked = m.applyFromUrl(root, spec.table)));
  }

  /** The step to show once the next run arrives (a preset's or the link's), else the current one. */
  let pendingK: number | undefined = fromUrl.k ?? (props.k === 'end' ? Number.MAX_SAFE_INTEGER : (props.k ?? 0));
  let requestedAt = mountStart;
  const runner = createRunner<Run>(root, spec.compute, spec.estimate, {
    done(next, nextValues) {
      const first = run === null;
      ghost = run;
      run = next;
      // The newest request's values (a confirmed or retried run may differ from the controls).
      values = runValues = { ...nextValues, ghost: values.ghost as boolean };
      if (controls) syncControls(controls, spec.table, values);
      const k = pendingK ?? Math.min(stepper.k, spec.count(next) - 1);
      pendingK = undefined;
      stepper.reset(spec.count(next), k);
      // Measured by `npm run bench:ui`: from the parameter change to the new run drawn.
      performance.measure(first ? 'unrolled:first-run' : 'unrolled:rerun', { start: requestedAt, detail: id });
      if (first) {
        root.dataset.ready = 'true';
        performance.measure('unrolled:mount', { start: mountStart, detail: id });
      }
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
      // The run on screen stays, and so do its values in the controls and the URL.
      values = runValues;
      if (controls) syncControls(controls, spec.table, values);
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
      runValues = { ...runValues, ghost: values.ghost as boolean };
      if (run) stepper.reset(spec.count(run), k ?? stepper.k);
      return;
    }
    pendingK = k;
    requestedAt = performance.now();
    runner.request(values);
  }

  stepper.onChange(render);
  // Presenter mode moves the widget of the current section through its milestones with the clicker;
  // it asks for the run's objective to choose them (core/milestones.ts).
  root.addEventListener('unrolled:objective', (event) =>
    (event as CustomEvent<ObjectiveRequest>).detail.reply(stepper.count, run ? (spec.objective?.(run) ?? []) : []),
  );
  root.addEventListener('unrolled:seek', (event) => stepper.seek((event as CustomEvent<{ k: number }>).detail.k));
  bindKeys(root, () => stepper);
  root.addEventListener('unrolled:preset', (event) => {
    const detail = (event as CustomEvent<PresetDetail>).detail;
    const k = detail.k === 'end' ? Number.MAX_SAFE_INTEGER : detail.k;
    set({ ...(detail.keep ? values : base), ...(detail.values ?? {}) }, k ?? 0);
    void import('../../../src/chrome/showWidget').then((m) => m.showWidget(root, { focus: true }));
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
    void import('../../../src/chrome/showWidget').then((m) => m.showIfLinked(root));
  return ctx;
}
