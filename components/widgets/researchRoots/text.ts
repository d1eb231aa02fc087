import type { FitRoot, Landing } from '../../../src/solver';
import { formatFixed, formatSig } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import type { RootsRun } from './records';
import { ARTICLE_A0 } from './table';

/** The class of c in words, as the legend says it. */
const CLASS_WORDS: Record<FitRoot['kind'], string> = {
  monotone: 'the inner loop closes in from one side',
  oscillating: 'the inner loop closes in, overshooting each step',
  divergent: 'the inner loop diverges, yet lands on the data after exactly N steps',
};

/** "a = 0.581 (c = 0.966)". */
export const rootWords = (r: FitRoot) => `a = ${formatFixed(r.a, 4)} (c = ${formatFixed(r.c, 3)})`;

/** Where one training run ended, in words. */
export function landingWords(l: Landing, roots: readonly FitRoot[]): string {
  const from = `Training from a₀ = ${formatSig(l.a0, 3)}`;
  if (l.status === 'diverged') return `${from} diverges.`;
  const hit = l.root === null ? undefined : roots[l.root];
  if (hit) return `${from} lands on the fit a = ${formatFixed(hit.a, 4)}.`;
  return `${from} ends at a = ${formatFixed(l.a, 4)} with T = ${formatSig(l.T, 2)}, on no exact fit.`;
}

/** "2 exact fits" / "no exact fit". */
export function countWords(n: number): string {
  return n === 0 ? 'no exact fit' : n === 1 ? '1 exact fit' : `${n} exact fits`;
}

/** Record k (N = k): the roots, their classes and the two landings. */
export function rootsText(run: RootsRun, k: number): StepText {
  const r = run.records[k];
  if (!r) return { slots: {}, equation: '', readout: [], narration: '' };
  const list = r.roots.map(rootWords).join('; ') || 'none';
  const readout: [string, string][] = [
    ['N', String(r.N)],
    ['exact fits a (with c)', list],
    [`training from a₀ = ${formatSig(run.a0, 3)}`, endWords(r.mine)],
    [`training from a₀ = ${ARTICLE_A0}`, endWords(r.article)],
  ];
  const narration = `N = ${r.N}: ${countWords(r.roots.length)}${r.roots.length ? `, ${list}` : ''}. ${landingWords(r.mine, r.roots)} ${landingWords(r.article, r.roots)}`;
  return {
    slots: { N: String(r.N) },
    equation: `a = 2(1 − cᴺ) with c = 1 − 2αa², α = ${formatSig(run.alpha, 3)}, N = ${r.N}.`,
    readout,
    narration,
  };
}

function endWords(l: Landing): string {
  if (l.status === 'diverged') return 'diverges';
  return `a = ${formatFixed(l.a, 4)}, T = ${formatSig(l.T, 2)}${l.root === null ? ' (no fit)' : ''}`;
}

/** The badge: how many fits, and the class of the one your run lands on. */
export function rootsBadge(run: RootsRun, k: number): Badge {
  const r = run.records[k];
  if (!r) return { tone: 'info', label: '', reason: '' };
  const hit = r.mine.root === null ? undefined : r.roots[r.mine.root];
  const reason = hit
    ? `Your run lands on a = ${formatFixed(hit.a, 4)}: ${CLASS_WORDS[hit.kind]}.`
    : r.roots.length === 0
      ? 'No θ makes this N-step inverse exact.'
      : 'Your run lands on none of them.';
  return { tone: 'info', label: `N = ${r.N}: ${countWords(r.roots.length)}.`, reason };
}
