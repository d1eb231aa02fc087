import type { digits as dg } from '../../../src/solver';
import { formatSig } from '../../../src/words/format';
import { el } from '../runtime/dom';
import type { SweepStep } from './records';
import { entryName, entryValue, sub, type GradEntry } from './text';

/** The chosen image's ten weights at the record: its target, y_n and (in the sweep) ȳ_n. */
export function weightsTable(sweep: dg.DigitsSweep, step: SweepStep): HTMLElement {
  const weights = sweep.ys[step.n];
  const back = step.phase === 'backward' ? sweep.sweep.find((s) => s.n === step.n) : undefined;
  const [y, yBar] = [sub('y', step.n), sub('ȳ', step.n)];
  const heads = ['digit', 'target t', y, ...(back ? [yBar] : [])];
  const rows = Array.from({ length: 10 }, (_, c) =>
    el(
      'tr',
      { class: c === sweep.label ? 'current-row' : undefined },
      el('th', { scope: 'row', text: String(c) }),
      el('td', { text: c === sweep.label ? '1' : '0' }),
      el('td', { text: formatSig(weights?.[c], 4) }),
      back ? el('td', { text: formatSig(back.yBar[c], 4) }) : null,
    ),
  );
  const caption = back
    ? `The image’s weights ${y} and their adjoint ${yBar} = ∂T/∂${y}`
    : `The image’s weights ${y}, stored for the sweep`;
  return el(
    'table',
    { class: 'inner-table sweep-weights' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...rows),
  );
}

/** The sweep so far, n = N down to the record's n (the last eight rows): the entry accumulating. */
export function sweepTable(sweep: dg.DigitsSweep, n: number, e: GradEntry): HTMLElement {
  const head = el(
    'tr',
    {},
    ...['n', 'all images so far', 'this image’s part'].map((h) => el('th', { scope: 'col', text: h })),
  );
  const rows = sweep.sweep
    .filter((r) => r.n >= n)
    .map((r) =>
      el(
        'tr',
        { class: r.n === n ? 'current-row' : undefined },
        el('td', { text: String(r.n) }),
        el('td', { text: entryValue(r.grad, e), 'data-part': r.n === 0 ? 'sweep-final' : undefined }),
        el('td', { text: entryValue(r.imageGrad, e) }),
      ),
    );
  return el(
    'table',
    { class: 'inner-table' },
    el('caption', { text: `dT/dD at ${entryName(e)}, accumulating as the sweep goes back` }),
    el('thead', {}, head),
    el('tbody', {}, ...rows.slice(-8)),
  );
}
