import type { Tape } from '../../../src/solver';
import { mountEach, part } from '../runtime/dom';
import { valuesOf } from '../runtime/params';
import { mountWidget } from '../runtime/widget';
import type { WidgetSpec } from '../runtime/spec';
import { computeTape } from './compute';
import { createGrid, createTapePlot } from './plots';
import { tapeTable } from './table';
import { tapeBadge, tapeText } from './text';

/** Mounts one tape widget: one stepper over the records; ↑ ↓ move between updates, ← → along one. */
export async function mountTape(root: HTMLElement) {
  let seek = (_i: number) => {};
  const grid = createGrid(part(root, '[data-part="plot"]'), (i) => seek(i));
  const tapePlot = createTapePlot(part(root, '[data-part="tape"]'));
  const spec: WidgetSpec<Tape> = {
    table: tapeTable,
    unit: 'tape position',
    compute: computeTape,
    count: (tape) => tape.records.length,
    rows: (tape) =>
      tape.records.map((r) => ({
        k: r.k,
        position: r.position,
        phase: r.phase,
        n: r.n,
        a: r.theta[0],
        b: r.theta[1],
        memory: r.memory,
        gradA: r.grad?.[0] ?? null,
        gradB: r.grad?.[1] ?? null,
      })),
    text: (tape, i, values) => tapeText(tape, i, valuesOf(tapeTable, values).sample),
    badge: (tape, i) => tapeBadge(tape, i),
    draw: ({ run, k, values }) => {
      grid.draw(run, k);
      tapePlot.draw(run, k, valuesOf(tapeTable, values).sample);
    },
    setup(ctx) {
      seek = (i) => ctx.stepper.seek(i);
      root.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if ((event.target as HTMLElement).closest('input, select, textarea, button, summary, a')) return;
        const tape = ctx.run();
        if (!tape) return;
        event.preventDefault();
        const next = ctx.stepper.k + (event.key === 'ArrowDown' ? 1 : -1) * tape.perUpdate;
        if (next >= 0 && next < tape.records.length) ctx.stepper.seek(next);
      });
    },
  };
  return mountWidget(root, spec);
}

export function mountAllTapes(): void {
  mountEach('research-tape', mountTape);
}
