import { trainingTrend } from '../../../src/solver';
import { formatFixed, formatSig, paren } from '../../../src/lib/format';
import type { Badge, StepText } from '../core/widget';
import type { TrainingRun } from './compute';

/** The numbers of update k: θ(k+1) = θ(k) − β·∂T/∂θ with the record's values. */
export function trainingText(run: TrainingRun, k: number): StepText {
  const h = run.result.history;
  const s = h[k];
  if (!s) return { slots: {}, equation: '', readout: [], narration: '' };
  // The last update is a step too: its equation is the update that produced it, with the final θ.
  const j = h[k + 1] === undefined && k > 0 ? k - 1 : k;
  const u = h[j] ?? s;
  const next = h[j + 1];
  const [a = 0, b = 0] = s.theta;
  const [ga = 0, gb = 0] = s.grad;
  const [ua = 0, ub = 0] = u.theta;
  const [uga = 0, ugb = 0] = u.grad;
  const slots: Record<string, string> = {
    k: String(j),
    k1: String(j + 1),
    a: formatFixed(ua),
    b: formatFixed(ub),
    beta: formatSig(run.params.beta, 3),
    ga: paren(formatFixed(uga)),
    gb: paren(formatFixed(ugb)),
    // Only a run whose first update diverged has no next θ: the formatter then says "diverged".
    anext: formatFixed(next?.theta[0]),
    bnext: formatFixed(next?.theta[1]),
    T: formatFixed(s.T, 6),
  };
  const clampNote = next?.clamped[0] ? ' then clamped to 0.5' : '';
  const equation = `a(${j + 1}) = a(${j}) − β·∂T/∂a = ${slots.a} − ${slots.beta}·${slots.ga} = ${slots.anext}${clampNote}; b(${j + 1}) = ${slots.b} − ${slots.beta}·${slots.gb} = ${slots.bnext}. T = ${slots.T}.`;
  const readout: [string, string][] = [
    ['k', String(k)],
    ['a', formatFixed(a, 6)],
    ['b', formatFixed(b, 6)],
    ['T(θ)', formatFixed(s.T, 6)],
    ['∂T/∂a', formatFixed(ga, 6)],
    ['∂T/∂b', formatFixed(gb, 6)],
  ];
  const narration = `Update ${k}: a = ${formatSig(a, 4)}, b = ${formatSig(b, 4)}, T = ${formatSig(s.T, 3)}.`;
  return { slots, equation, readout, narration };
}

/** The badge: how T is going, or why the run diverged. */
export function trainingBadge(run: TrainingRun, k: number): Badge {
  const { result } = run;
  const { trend, T, previousT } = trainingTrend(result, k);
  switch (trend) {
    case 'diverged':
      return { tone: 'diverged', label: `Diverged at update ${result.divergedAt}.`, reason: result.reason ?? '' };
    case 'converged':
      return {
        tone: 'converged',
        label: 'Converged.',
        reason: 'Every component of ∂T/∂θ is below 1e−12: θ no longer moves.',
      };
    case 'start':
      return {
        tone: 'info',
        label: 'Before the first update.',
        reason: 'Step forward to see θ move down the slope of T.',
      };
    case 'settled':
      return {
        tone: 'converged',
        label: 'Settled.',
        reason: `T no longer changes from one update to the next: it stays at ${formatSig(T, 3)}.`,
      };
    case 'rising':
      return {
        tone: 'oscillating',
        label: 'T went up.',
        reason: 'This update overshot: a smaller β would make T fall at every step.',
      };
    default:
      return {
        tone: 'converging',
        label: 'Converging.',
        reason: `T falls: ${formatSig(previousT, 3)} → ${formatSig(T, 3)}.`,
      };
  }
}
