import { trainingCost } from '../../../src/solver';
import { formatCount } from '../../../src/words/format';
import type { Estimate } from '../runtime/runs';
import { valuesOf, type ParamValues } from '../runtime/params';
import { trainingTable, type TrainingValues } from './table';

/** Below this estimate a run is computed at once on the main thread (a few ms at 4× throttling). */
export const MAIN_THREAD_MS = 4;
/** Without a worker (its script failed to load), runs up to this estimate are computed here anyway. */
export const FALLBACK_MS = 40;

const METHOD_WORDS: Partial<Record<TrainingValues['method'], string>> = {
  reverse: '2.5 for back-propagation',
  'finite-difference': '5 for finite differences',
};

const label = (name: keyof TrainingValues) => trainingTable.find((s) => s.name === name)?.label ?? name;

/** The training run's cost for the widget's values, with the figure and the parameters to lower. */
export function trainingEstimate(values: ParamValues): Estimate {
  const v = valuesOf(trainingTable, values);
  const size = {
    // A typed model runs the generic dual-number path, priced like the cubic model.
    model: v.model === 'custom' ? ('cubic' as const) : v.model,
    epochs: v.epochs,
    // The reader's own points (a pair y:x each, separated by commas) replace the sample count.
    samples: v.data === '' ? v.count : v.data.split(',').length,
    innerSteps: v.N,
    gradientSteps: v.M,
    method: v.method,
  };
  const { ms } = trainingCost(size);
  const steps = Math.max(size.innerSteps, size.gradientSteps);
  const factor = METHOD_WORDS[size.method];
  const figure =
    `${formatCount(size.epochs + 1)} updates × ${formatCount(size.samples)} samples × ${formatCount(steps)} inner steps` +
    (factor ? ` × ${factor}` : '');
  // The parameters furthest above their defaults are the ones to lower first.
  const candidates = (['epochs', size.innerSteps >= size.gradientSteps ? 'N' : 'M', 'count'] as const)
    .map((name) => {
      const spec = trainingTable.find((s) => s.name === name);
      const ratio = spec?.kind === 'number' ? v[name] / spec.default : 1;
      return { name, ratio };
    })
    .filter((c) => c.ratio > 1)
    .sort((a, b) => b.ratio - a.ratio)
    .map((c) => `${label(c.name)} (now ${formatCount(v[c.name])})`);
  if (factor) candidates.push(`or pick the forward gradient method`);
  const lower = candidates.length ? candidates.join(', ') : `${label('epochs')} or ${label('N')}`;
  return { ms, figure, lower };
}
