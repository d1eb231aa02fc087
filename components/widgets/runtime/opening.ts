/**
 * A widget's opening state, computed at build time by the same solver and text functions the
 * live widget uses: the equation's numbers, the readout, the badge, "step k of N" and static
 * figures. Readers without JavaScript see it; everyone sees it at first paint. Pure: no DOM.
 */
import { defaults, merge, type ParamTable, type ParamValues } from './params';
import type { Badge, ShellProps, StepText } from './widget';

export interface Opening {
  values: ParamValues;
  k: number;
  /** Number of records: the transport reads "step k of count − 1". */
  count: number;
  text: StepText;
  badge: Badge;
  /** Static SVG of each panel, by the panel's data-part ('plot', 'plane', 'loss'). */
  figures: Record<string, string>;
}

/** The opening state of a widget kind for the shell's props (the URL cannot be known at build time). */
export function opening<Run>(
  table: ParamTable,
  props: ShellProps,
  kind: {
    compute(values: ParamValues): Run;
    count(run: Run): number;
    text(run: Run, k: number, values: ParamValues): StepText;
    badge(run: Run, k: number, values: ParamValues): Badge;
    figures(run: Run, k: number, values: ParamValues): Record<string, string>;
  },
): Opening {
  const values = merge(table, defaults(table), props.preset ?? {}).values;
  const run = kind.compute(values);
  const count = Math.max(1, kind.count(run));
  const k = props.k === 'end' ? count - 1 : Math.min(Math.max(0, props.k ?? 0), count - 1);
  return {
    values,
    k,
    count,
    text: kind.text(run, k, values),
    badge: kind.badge(run, k, values),
    figures: kind.figures(run, k, values),
  };
}

const TEX_SPECIAL = /[\\{}%$#&_^~]/g;

/** Writes the opening numbers into an equation's slots (tex.ts), in place of the □ placeholders. */
export function fillSlots(tex: string, slots: Record<string, string>): string {
  return tex.replace(/\\htmlData\{slot=([a-z0-9]+)\}\{\\square\}/gi, (whole, name: string) => {
    const v = slots[name];
    return v === undefined ? whole : `\\htmlData{slot=${name}}{\\text{${v.replace(TEX_SPECIAL, (c) => `\\${c}`)}}}`;
  });
}
