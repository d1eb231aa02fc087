import { inversionBadgeWords } from '../../../src/solver';
import { formatFixed, formatSig, paren } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/widget';
import type { InversionRun } from './compute';

/**
 * The numbers of step k in words and slots: the update equation g(n+1) = g(n) − α·∂L/∂y with
 * the record's values, the loss, the readout rows and the live-region sentence.
 */
export function inversionText(run: InversionRun, k: number): StepText {
  const { params, result } = run;
  const s = result.steps[k];
  if (!s) return { slots: {}, equation: '', readout: [], narration: '' };
  const mu = params.momentum?.mu ?? 0;
  // The last step is a step: its equation is the update that produced it, with the final numbers.
  const j = s.next === undefined && k > 0 ? k - 1 : k;
  const u = result.steps[j] ?? s;
  const prev = result.steps[j - 1] ?? u;
  const pull = u.pull ?? u.grad;
  const y = formatFixed(u.y);
  // Only a run of N = 0 has no update at all: the equation then shows the one it would take.
  const next = formatFixed(j < k ? s.y : (u.next ?? u.y - params.alpha * pull));
  const slots: Record<string, string> = {
    n: String(j),
    n1: String(j + 1),
    m: String(k),
    y,
    yprev: paren(formatFixed(prev.y)),
    alpha: formatSig(params.alpha, 3),
    mu: formatSig(mu, 2),
    grad: paren(formatFixed(pull)),
    next,
    x: formatFixed(params.x, 2),
    f: paren(formatFixed(run.f[k])),
    loss: formatFixed(s.loss),
  };
  const equation = params.momentum
    ? `g(${j + 1}) = g(${j}) + μ·(g(${j}) − g(${j - 1 < 0 ? 0 : j - 1})) − α·gradient = ${y} + ${slots.mu}·(${y} − ${slots.yprev}) − ${slots.alpha}·${slots.grad} = ${next}.`
    : `g(${j + 1}) = g(${j}) − α·∂L/∂y = ${y} − ${slots.alpha}·${slots.grad} = ${next}. Loss L = (x − f(g(${k})))² = (${slots.x} − ${slots.f})² = ${slots.loss}.`;
  const readout: [string, string][] = [
    ['n', String(k)],
    ['yₙ = g(n)', formatFixed(s.y)],
    ['L(x, yₙ)', formatFixed(s.loss)],
    ['∂L/∂y', formatFixed(s.grad)],
    [
      'next y',
      s.next === undefined
        ? k === result.steps.length - 1 && result.status === 'diverged'
          ? 'diverged'
          : '— (last step)'
        : next,
    ],
  ];
  const narration = `Step ${k}: y = ${formatSig(s.y, 3)}, loss = ${formatSig(s.loss, 3)}, gradient = ${formatSig(s.grad, 3)}.`;
  return { slots, equation, readout, narration };
}

/** The badge: the solver's regime with its reason, or the divergence and why (the words layer's words). */
export function inversionBadge(run: InversionRun, k: number): Badge {
  return inversionBadgeWords(run.result, run.regime, k);
}
