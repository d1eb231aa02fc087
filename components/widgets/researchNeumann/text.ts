import { gapMultiple, type ImplicitLimit } from '../../../src/solver';
import { formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';

/** A derivative for the readout: enough digits to see 1 − cᴺ approach 1. */
const d = (v: number) => formatSig(v, 6);

/** The readout, equation and narration of record N. */
export function neumannText(run: ImplicitLimit, k: number): StepText {
  const s = run.steps[k];
  if (!s) return { slots: {}, equation: '', readout: [], narration: '' };
  const wrt = run.params.wrt;
  const factor = formatSig(s.factor, 6);
  const equation = `dg(${s.N})/d${wrt} = (1 − c^${s.N}) · (the implicit derivative) only when started at the solution; here 1 − c^${s.N} = ${factor} and the implicit derivative is ${d(run.implicit)}.`;
  const readout: [string, string][] = [
    ['N (steps unrolled)', String(s.N)],
    ['c = 1 − 2αa²', formatSig(run.c, 4)],
    ['1 − cᴺ', factor],
    ['forward mode', d(s.methods.forward)],
    ['reverse mode', d(s.methods.reverse)],
    ['finite differences', d(s.methods['finite-difference'])],
    ['implicit formula at g(N)', d(s.methods.implicit)],
    [`limit dy*/d${wrt}`, d(run.implicit)],
  ];
  const narration = `N = ${s.N}: forward mode gives ${formatSig(s.methods.forward, 4)}, ${formatSig(s.methods.forward / run.implicit, 4)} of the implicit ${formatSig(run.implicit, 4)}; 1 − c^N = ${formatSig(s.factor, 4)}.`;
  return { slots: {}, equation, readout, narration };
}

/** The badge: how much of the implicit derivative the unrolled one has recovered at N. */
export function neumannBadge(run: ImplicitLimit, k: number): Badge {
  const s = run.steps[k];
  if (!s) return { tone: 'info', label: '', reason: '' };
  const share = run.implicit === 0 ? 1 : s.methods.forward / run.implicit;
  const atStart = run.params.offset === 0;
  const settled = s.gaps.forward <= 1e-12 * Math.max(1, Math.abs(run.implicit));
  return {
    tone: settled ? 'converged' : run.c < 0 ? 'oscillating' : 'converging',
    label: `N = ${s.N}: ${formatSig(100 * share, 4)}% of the implicit derivative.`,
    reason: atStart
      ? `Started at the solution, so this is 1 − cᴺ with c = ${formatSig(run.c, 3)}${run.c < 0 ? ' (negative: the share overshoots and undershoots in turn)' : ''}.`
      : `Started ${formatSig(Math.abs(run.params.offset), 3)} away from the solution, so the share is not exactly 1 − cᴺ. ${awayGap(run, k)}`,
  };
}

/**
 * Started away from the solution: how far forward mode is from the limit at N, and that distance
 * as a multiple of |c|ᴺ, measured (for the slope the multiple grows with N, so "like |c|ᴺ" would
 * not be true).
 */
export function awayGap(run: ImplicitLimit, k: number): string {
  const s = run.steps[k];
  if (!s) return '';
  const gap = `The gap to the limit is ${formatSig(s.gaps.forward, 3)}`;
  const multiple = gapMultiple(run.c, s);
  return Number.isFinite(multiple) ? `${gap}, ${formatSig(multiple, 3)} × |c|ᴺ.` : `${gap}.`;
}
