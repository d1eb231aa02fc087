import { memoryValues, startIsLost } from '../../../src/solver';
import { formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import { stepAt, type RewindRun } from './compute';

const g = (v: number) => formatSig(v, 12);

/** The readout of record j: g(N − j) true and rebuilt, the error, the measured bits, the memory. */
export function rewindText(run: RewindRun, j: number): StepText {
  const s = stepAt(run, j);
  if (!s) return { slots: {}, equation: '', readout: [], narration: '' };
  const N = run.rewind.steps.length - 1;
  const mu = run.rewind.params.mu;
  const readout: [string, string][] = [
    ['steps rewound', String(j)],
    ['n', String(s.n)],
    ['true g(n)', g(s.y)],
    ['rebuilt g(n)', g(s.rebuilt)],
    ['error', formatSig(s.error, 3)],
    ['bits lost a step (measured)', formatSig(run.bits, 3)],
    [
      mu > 0 ? 'log₂(1/√μ), per number' : 'log₂(1/|c|)',
      formatSig(mu > 0 ? Math.log2(1 / Math.sqrt(mu)) : Math.log2(1 / Math.abs(run.rewind.c)), 3),
    ],
    ['start lost from N =', Number.isFinite(run.lostAfter) ? String(run.lostAfter) : 'beyond 1000'],
    ['reverse mode stores', `${memoryValues('reverse', N)} values`],
    ['forward mode, implicit formula', `${memoryValues('forward', N)} values each`],
  ];
  const narration = `Rewound ${j} steps to n = ${s.n}: rebuilt g = ${formatSig(s.rebuilt, 6)}, true g = ${formatSig(s.y, 6)}, error ${formatSig(s.error, 2)}.`;
  return { slots: {}, equation: narration, readout, narration };
}

/** The badge: the rebuilt path still on the true one, peeling away, or lost. */
export function rewindBadge(run: RewindRun, j: number): Badge {
  const s = stepAt(run, j);
  if (!s) return { tone: 'info', label: '', reason: '' };
  const span = Math.abs(run.rewind.params.y0 - run.rewind.yStar);
  const travelled = Math.abs(s.y - run.rewind.yStar);
  if (startIsLost(s.error, span))
    return {
      tone: 'diverged',
      label: `Lost at n = ${s.n}.`,
      reason: `The rebuilt g(${s.n}) misses by ${formatSig(s.error, 2)}: at least the whole distance the run travelled (${formatSig(span, 2)}), so nothing of the start survives.`,
    };
  if (s.error > 0.01 * Math.max(travelled, Number.MIN_VALUE))
    return {
      tone: 'diverging',
      label: `Peeling away at n = ${s.n}.`,
      reason: `The error, ${formatSig(s.error, 2)}, is no longer small beside the distance to y* (${formatSig(travelled, 2)}).`,
    };
  return {
    tone: 'converging',
    label: `On the true path at n = ${s.n}.`,
    reason: `Error ${formatSig(s.error, 2)}: rounding, multiplied by about ${formatSig(2 ** run.bits, 3)} at every step back.`,
  };
}
