import { bindControls, syncControls } from './controls';
import { el, part, prefersReducedMotion } from './dom';
import { bindKeys } from './keys';
import type { Row } from './exportRun';
import { bindShare } from './share';
import { defaults, merge, type Ignored, type ParamTable, type ParamValue, type ParamValues } from './params';
import { Stepper } from './stepper';
import { bindTransport } from './transport';
import type { PresetDetail } from './tryThis';
import { readUrlState, writeUrlState } from './urlState';

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
  /** The run for these values: at once, or from a worker when it is slow (a promise). */
  compute(values: ParamValues): Run | Promise<Run>;
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
  run(): Run;
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

/** Marks a widget busy while a run is computed off the main thread. */
function busy(root: HTMLElement, on: boolean): void {
  root.setAttribute('aria-busy', String(on));
  const note = root.querySelector<HTMLElement>('[data-part="busy"]');
  if (note) note.hidden = !on;
}

/**
 * Mounts a widget on its shell: parameters from the table (defaults ← preset ← URL), the run
 * from the solver, one stepper, and every view subscribed to it. Resolves once the first run
 * is drawn (at once when the solver answers synchronously).
 */
export async function mountWidget<Run>(root: HTMLElement, spec: WidgetSpec<Run>): Promise<WidgetContext<Run>> {
  const props = readProps(root);
  const base = merge(spec.table, defaults(spec.table), props.preset ?? {}).values;
  const fromUrl = readUrlState(root.id, spec.table, base);
  const first = spec.compute(fromUrl.values);
  if (first instanceof Promise) busy(root, true);
  const run = first instanceof Promise ? await first : first;
  busy(root, false);
  return start(root, spec, props, base, fromUrl, run);
}

function start<Run>(
  root: HTMLElement,
  spec: WidgetSpec<Run>,
  props: ShellProps,
  base: ParamValues,
  fromUrl: ReturnType<typeof readUrlState>,
  firstRun: Run,
): WidgetContext<Run> {
  const mountStart = performance.now();
  const id = root.id;
  let values = fromUrl.values;
  let run = firstRun;
  let ghost: Run | null = null;
  const stepper = new Stepper(spec.count(run));
  const motion = !prefersReducedMotion();
  root.dataset.motion = motion ? 'full' : 'reduced';

  const noticeBox = part(root, '[data-part="notice"]');
  notice(noticeBox, fromUrl.ignored, base);
  const live = part(root, '[data-part="live"]');
  const badgeBox = part(root, '[data-part="badge"]');
  const readout = part<HTMLTableSectionElement>(root, '[data-part="readout"] tbody');
  const eqText = root.querySelector<HTMLElement>('[data-part="equation-text"]');
  const transport = bindTransport(part(root, '[data-part="transport"]'), stepper, spec.unit);

  const share = bindShare(root, root.dataset.widget ?? 'widget', () => spec.rows(run));
  let lastK = -1;
  const render = () => {
    // Measured by `npm run bench:ui` (main-thread time per step).
    const started = performance.now();
    const k = stepper.k;
    const text = spec.text(run, k, values);
    for (const slot of root.querySelectorAll<HTMLElement>('[data-slot]')) {
      const v = text.slots[slot.dataset.slot ?? ''];
      if (v !== undefined) slot.textContent = v;
    }
    if (eqText) eqText.textContent = text.equation;
    readout.replaceChildren(
      ...text.readout.map(([h, v]) => el('tr', {}, el('th', { scope: 'row', text: h }), el('td', { text: v }))),
    );
    // Announce steps the reader takes; during autoplay only the step it stops on.
    if (!stepper.playing && k !== lastK) live.textContent = text.narration;
    lastK = k;
    const b = spec.badge(run, k, values);
    badgeBox.dataset.tone = b.tone;
    badgeBox.replaceChildren(el('strong', { text: b.label }), ` ${b.reason}`);
    spec.draw({
      run,
      k,
      ghost: values.ghost === false ? null : ghost,
      values,
      animate: motion,
      root,
    });
    transport.sync();
    root.dataset.k = String(k);
    root.dataset.count = String(stepper.count);
    root.dataset.tone = b.tone;
    // The URL and the embed code follow the step the reader stops on, not every autoplay frame.
    if (!stepper.playing) {
      writeUrlState(id, spec.table, values, base, k);
      share.update();
    }
    performance.measure('unrolled:step', { start: started, detail: id });
  };

  const paramsBox = root.querySelector<HTMLElement>('[data-part="params"]');
  const onParam = (name: string, value: ParamValue) => set({ [name]: value });
  const controls = paramsBox;
  if (controls) {
    bindControls(controls, spec.table, onParam);
    syncControls(controls, spec.table, values); // the URL may differ from the built page
  }
  // Controls shown, locked and the badge hidden, as a link or an embed asks (core/viewOptions.ts,
  // loaded only when the link carries them); a locked value never changes.
  let locked: string[] = [];
  if (/(^|[?&.])(controls|lock|badge)=/.test(location.search)) {
    void import('./viewOptionsDom').then((m) => (locked = m.applyFromUrl(root, spec.table)));
  }

  let latest = 0;
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
    const show = (next: Run) => {
      if (!onlyView) {
        ghost = run;
        run = next;
      }
      stepper.reset(spec.count(run), k ?? Math.min(stepper.k, spec.count(run) - 1));
    };
    if (onlyView) return show(run);
    const next = spec.compute(values);
    if (!(next instanceof Promise)) return show(next);
    // A slow run comes from a worker; only the newest request is shown.
    const ticket = ++latest;
    busy(root, true);
    void next.then((r) => {
      if (ticket !== latest) return;
      busy(root, false);
      show(r);
    });
  }

  stepper.onChange(render);
  // Presenter mode moves the widget of the current section through its milestones with the clicker;
  // it asks for the run's objective to choose them (core/milestones.ts).
  root.addEventListener('unrolled:objective', (event) =>
    (event as CustomEvent<ObjectiveRequest>).detail.reply(stepper.count, spec.objective?.(run) ?? []),
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
  const startK = fromUrl.k ?? (props.k === 'end' ? stepper.last : (props.k ?? 0));
  stepper.seek(startK);
  root.dataset.ready = 'true';
  // A link to this widget's state shows it (loaded only then).
  if (!location.hash && location.search.includes(`${id}.`))
    void import('./showWidget').then((m) => m.showIfLinked(root));
  performance.measure('unrolled:mount', { start: mountStart, detail: id });
  return ctx;
}
