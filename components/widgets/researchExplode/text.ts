import { onEdge, type MapCell } from '../../../src/solver';
import { formatFixed, formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import { cellAt, type ExplodeRun } from './cells';

const KIND_WORDS: Record<MapCell['kind'], string> = {
  monotone: 'monotone (0 ≤ c < 1)',
  oscillating: 'oscillating (−1 < c < 0)',
  divergent: 'diverging (|c| ≥ 1)',
};

/**
 * |dg(N)/da| from its log₁₀, written as the site writes every number ("173000", "2.5e12"), "0" at
 * N = 0, and "overflow" past the largest double.
 */
export function tangentWords(log: number): string {
  if (log === -Infinity) return '0';
  if (!(log < 308.25)) return 'beyond 1.8e308 (overflow)';
  return formatSig(10 ** log, 3);
}

/**
 * The class of a cell in words. On the edge |c| = 1 (shaded with the diverging cells) the error
 * neither shrinks nor grows, so the cell is not called diverging.
 */
function kindWords(cell: MapCell): string {
  if (!onEdge(cell.c)) return KIND_WORDS[cell.kind];
  return cell.c < 0
    ? 'on the edge (c = −1: the iterates jump between two values for ever)'
    : 'on the edge (c = 1: the error stays as it is)';
}

/** The cell's sentence: where it is, its c and class, and the tangent. */
export function cellWords(cell: MapCell, N: number): string {
  return `α = ${formatSig(cell.alpha, 3)}, a = ${formatSig(cell.a, 3)}: c = ${formatFixed(cell.c, 3)}, ${kindWords(cell)}; |dg(${N})/da| = ${tangentWords(cell.logTangent)}.`;
}

/** How many cells of record k are diverging, and the largest tangent on the map. */
function summary(run: ExplodeRun, k: number) {
  const cells = run.records[k]?.cells ?? [];
  const diverging = cells.filter((c) => c.kind === 'divergent' && !onEdge(c.c)).length;
  const top = Math.max(...cells.map((c) => c.logTangent));
  return { diverging, total: cells.length, top };
}

export function explodeText(run: ExplodeRun, k: number): StepText {
  const N = run.records[k]?.N ?? k;
  const cell = cellAt(run, k, run.chosen.col, run.chosen.row);
  if (!cell) return { slots: {}, equation: '', readout: [], narration: '' };
  const s = summary(run, k);
  const readout: [string, string][] = [
    ['N', String(N)],
    ['chosen cell', `α = ${formatSig(cell.alpha, 3)}, a = ${formatSig(cell.a, 3)}`],
    ['c = 1 − 2αa²', `${formatFixed(cell.c, 3)}, ${kindWords(cell)}`],
    [`|dg(${N})/da|`, tangentWords(cell.logTangent)],
    ['largest on the map', tangentWords(s.top)],
  ];
  return {
    slots: { N: String(N) },
    equation: `The tangent dg(N)/da of the inversion of x = 0 with b = −4 from g(0) = 8, for N = ${N}.`,
    readout,
    narration: `N = ${N}. ${cellWords(cell, N)} ${s.diverging} of ${s.total} cells diverge; the largest tangent is ${tangentWords(s.top)}.`,
  };
}

export function explodeBadge(run: ExplodeRun, k: number): Badge {
  const cell = cellAt(run, k, run.chosen.col, run.chosen.row);
  if (!cell) return { tone: 'info', label: '', reason: '' };
  const tone = onEdge(cell.c)
    ? 'oscillating'
    : cell.kind === 'divergent'
      ? 'diverging'
      : cell.kind === 'oscillating'
        ? 'oscillating'
        : 'converging';
  return {
    tone,
    label: `c = ${formatFixed(cell.c, 3)}.`,
    reason: `At N = ${run.records[k]?.N ?? k} the chosen cell's tangent is ${tangentWords(cell.logTangent)}.`,
  };
}
