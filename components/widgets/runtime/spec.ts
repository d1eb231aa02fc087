import type { Row } from './exportRun';
import type { ParamTable, ParamValues } from './params';
import type { Compute, Estimate } from './runs';
import type { Stepper } from './stepper';

/**
 * The contract between the shared widget runtime (widget.ts) and one kind of widget: what a
 * kind supplies (its table, compute, text, badge, draw) and what the runtime hands back.
 */

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

/** What a "try this" button sends to its widget. */
export interface PresetDetail {
  values?: Record<string, unknown>;
  k?: number | 'end';
  /** Keep the widget's other current values instead of returning them to its defaults. */
  keep?: boolean;
  /** Draw this parameter uniformly from [min, max] at each click. */
  random?: { name: string; min: number; max: number };
}

/** The shell's props, from its `data-props` (empty when they are missing or malformed). */
export function readProps(root: HTMLElement): ShellProps {
  try {
    return JSON.parse(root.dataset.props ?? '{}') as ShellProps;
  } catch {
    return {};
  }
}
