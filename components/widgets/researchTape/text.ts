import { sweepGap, type Tape } from '../../../src/solver';
import { formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';

/** Relative agreement of the two gradients that counts as rounding. */
export const AGREE = 1e-9;

const f = (v: number) => formatSig(v, 6);
const pair = ([a, b]: readonly [number, number]) => `(${f(a)}, ${f(b)})`;

/** The readout of record i: where the tape is, what it holds, and sample `sample`'s numbers. */
export function tapeText(tape: Tape, i: number, sample: number): StepText {
  const r = tape.records[i];
  const s = r?.samples[sample];
  if (!r || !s) return { slots: {}, equation: '', readout: [], narration: '' };
  const forward = r.phase === 'forward';
  const readout: [string, string][] = [
    ['update k', String(r.k)],
    ['pass', forward ? 'forward (filling the tape)' : 'backward (sweeping the tape)'],
    ['inner step n', String(r.n)],
    ['θ(k) = (a, b)', pair(r.theta)],
    ['values on the tape', String(r.memory)],
    ['forward mode keeps', `${r.forwardMemory} values`],
    [`g(n), sample ${sample}`, f(s.g)],
    ['forward tangent dg/dθ', pair(s.tangent)],
    ['adjoint λ(n)', forward ? '— (backward pass only)' : f(s.lambda)],
    ['reverse dh/dθ so far', forward ? '— (backward pass only)' : pair(s.reverse)],
    ['∂T/∂θ', r.grad ? pair(r.grad) : '— (complete at the end of the sweep)'],
  ];
  const narration = `Update ${r.k}, ${r.phase} pass, inner step ${r.n}: ${r.memory} values on the tape${r.grad ? `; gradient ${pair(r.grad)}` : ''}.`;
  return { slots: {}, equation: narration, readout, narration };
}

export function tapeBadge(tape: Tape, i: number): Badge {
  const r = tape.records[i];
  if (!r) return { tone: 'info', label: '', reason: '' };
  const gap = sweepGap(r);
  if (r.grad && gap !== null)
    return gap <= AGREE
      ? {
          tone: 'converged',
          label: `Update ${r.k}: the sweep is done.`,
          reason: `Reverse mode's ∂T/∂θ = ${pair(r.grad)} equals forward mode's ${gap === 0 ? 'exactly' : `to ${formatSig(gap, 1)} relative (rounding)`}, and the tape is empty again.`,
        }
      : {
          tone: 'diverged',
          label: `Update ${r.k}: the sweep is done, but disagrees.`,
          reason: `Reverse mode's ∂T/∂θ = ${pair(r.grad)} differs from forward mode's by ${formatSig(gap, 2)} relative.`,
        };
  return r.phase === 'forward'
    ? {
        tone: 'info',
        label: `Update ${r.k}, forward: ${r.memory} values stored.`,
        reason: `Each sample's ${r.n === 0 ? 'g(0)' : `g(0 … ${r.n})`} is on the tape; forward mode keeps only ${r.forwardMemory} values in all.`,
      }
    : {
        tone: 'info',
        label: `Update ${r.k}, backward at n = ${r.n}: ${r.memory} values left.`,
        reason: 'The sweep reads g(n) and frees it, so the tape empties as the adjoint moves back.',
      };
}
