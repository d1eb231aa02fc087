import { DEFAULT_TRAIN_TOL, trainingTrend } from '../../../src/solver';
import { trendWords } from '../../../src/words';
import { formatFixed, formatSig, NONE, paren } from '../../../src/words/format';
import type { Badge, StepText } from '../runtime/spec';
import type { TrainingRun } from './compute';

/** The numbers of update k: θ(k+1) = θ(k) − β·∂T/∂θ with the record's values. */
export function trainingText(run: TrainingRun, k: number): StepText {
  const h = run.result.history;
  const s = h[k];
  if (!s) return h.length === 0 ? blownAtStart(run) : { slots: {}, equation: '', readout: [], narration: '' };
  // The last update is a step too: its equation is the update that produced it, with the final θ.
  const j = h[k + 1] === undefined && k > 0 ? k - 1 : k;
  const u = h[j] ?? s;
  const next = h[j + 1];
  // The update into a θ where T or ∂T/∂θ then blew up: that θ was computed and is finite, so the
  // equation ends on it, not on "diverged" (a θ that left the bounds still reads "diverged").
  const failure = run.result.failure;
  const stoppedAt = !next && failure?.kind !== 'escaped' && failure?.k === j + 1 ? failure.theta : undefined;
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
    // A θ that is not a finite number itself reads "diverged" (the formatter's word).
    anext: formatFixed(next?.theta[0] ?? stoppedAt?.[0]),
    bnext: formatFixed(next?.theta[1] ?? stoppedAt?.[1]),
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

/**
 * A run whose T or ∂T/∂θ is not finite at θ(0) has no record: update 0 shows θ(0) and says that
 * its gradient, and so θ(1), are not numbers (the page's opening numbers must not stay).
 */
function blownAtStart(run: TrainingRun): StepText {
  const theta = run.result.failure?.theta ?? run.params.theta0;
  const [a, b] = [theta[0], theta[1]];
  const slots: Record<string, string> = {
    k: '0',
    k1: '1',
    a: formatFixed(a),
    b: formatFixed(b),
    beta: formatSig(run.params.beta, 3),
    ga: NONE,
    gb: NONE,
    anext: NONE,
    bnext: NONE,
    T: NONE,
  };
  const equation = `a(1) = a(0) − β·∂T/∂a = ${slots.a} − ${slots.beta}·${NONE}: T and ∂T/∂θ are not finite numbers at θ(0), so there is no update.`;
  const readout: [string, string][] = [
    ['k', '0'],
    ['a', formatFixed(a, 6)],
    ['b', formatFixed(b, 6)],
    ['T(θ)', NONE],
  ];
  return {
    slots,
    equation,
    readout,
    narration: `Update 0: a = ${formatSig(a, 4)}, b = ${formatSig(b, 4)}; T ${NONE}.`,
  };
}

/** The badge: how T is going, or why the run diverged, in the words layer's words. */
export function trainingBadge(run: TrainingRun, k: number): Badge {
  const { result, params } = run;
  const s = result.history[Math.min(k, result.history.length - 1)];
  const report = trainingTrend(result, k, params.beta, {
    model: typeof params.model === 'string' ? params.model : params.model.name,
    alpha: params.inner.alpha,
    steps: params.inner.steps,
    gradientSteps: params.gradient.steps,
  });
  return trendWords(report, {
    beta: params.beta,
    divergedAt: result.divergedAt,
    theta: s?.theta ?? [],
    grad: s?.grad ?? [],
    clamped: s?.clamped ?? [],
    tol: params.tol ?? DEFAULT_TRAIN_TOL,
    innerSteps: params.inner.steps,
    gradientSteps: params.gradient.steps,
  });
}
