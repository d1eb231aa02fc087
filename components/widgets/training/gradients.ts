import { compareGradients } from '../../../src/solver';
import { formatFixed } from '../../../src/words/format';
import { el } from '../runtime/dom';
import type { TrainingRun } from './compute';

const METHODS = [
  ['forward', 'Forward recursion (the article)'],
  ['reverse', 'Back-propagation'],
  ['implicit', 'Implicit differentiation'],
  ['finiteDifference', 'Finite differences'],
] as const;

/** The four ways to get ∂T/∂θ, side by side at θ(k). */
export function renderGradients(host: HTMLElement, run: TrainingRun, k: number): void {
  const theta = run.result.history[k]?.theta;
  if (!theta) return;
  const cmp = compareGradients({
    model: run.params.model,
    data: run.params.data,
    theta,
    inner: run.params.inner,
    gradientSteps: run.params.gradient.steps,
  });
  const rows = METHODS.map(([key, label]) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row', text: label }),
      el('td', { text: formatFixed(cmp[key][0], 8) }),
      el('td', { text: formatFixed(cmp[key][1], 8) }),
    ),
  );
  host.replaceChildren(
    el(
      'table',
      { class: 'gradients' },
      el('caption', { text: `∂T/∂θ at update ${k} by four methods (M = ${run.params.gradient.steps} steps)` }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', text: 'Method' }),
          el('th', { scope: 'col', text: '∂T/∂a' }),
          el('th', { scope: 'col', text: '∂T/∂b' }),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
}
