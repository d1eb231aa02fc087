import { trainingCost, type GradientMethod, type ModelName } from '../../../src/solver';
import type { Estimate } from '../runtime/runs';
import { num, str, type ParamValues } from '../runtime/params';
import { trainingTable } from './table';

/** Below this estimate a run is computed at once on the main thread (a few ms at 4× throttling). */
export const MAIN_THREAD_MS = 4;
/** Without a worker (its script failed to load), runs up to this estimate are computed here anyway. */
export const FALLBACK_MS = 40;

const METHOD_WORDS: Record<string, string> = {
  reverse: '2.5 for back-propagation',
  'finite-difference': '5 for finite differences',
};

const label = (name: string) => trainingTable.find((s) => s.name === name)?.label ?? name;
const count = (n: number) => n.toLocaleString('en-GB');

/** The training run's cost for the widget's values, with the figure and the parameters to lower. */
export function trainingEstimate(v: ParamValues): Estimate {
  const size = {
    model: str(v, 'model') as ModelName,
    epochs: num(v, 'epochs'),
    samples: num(v, 'count'),
    innerSteps: num(v, 'N'),
    gradientSteps: num(v, 'M'),
    method: str(v, 'method') as GradientMethod,
  };
  const { ms } = trainingCost(size);
  const steps = Math.max(size.innerSteps, size.gradientSteps);
  const factor = METHOD_WORDS[size.method];
  const figure =
    `${count(size.epochs + 1)} updates × ${count(size.samples)} samples × ${count(steps)} inner steps` +
    (factor ? ` × ${factor}` : '');
  // The parameters furthest above their defaults are the ones to lower first.
  const candidates = ['epochs', size.innerSteps >= size.gradientSteps ? 'N' : 'M', 'count']
    .map((name) => {
      const spec = trainingTable.find((s) => s.name === name);
      const ratio = spec?.kind === 'number' ? num(v, name) / spec.default : 1;
      return { name, ratio };
    })
    .filter((c) => c.ratio > 1)
    .sort((a, b) => b.ratio - a.ratio)
    .map((c) => `${label(c.name)} (now ${count(num(v, c.name))})`);
  if (factor) candidates.push(`or pick the forward gradient method`);
  const lower = candidates.length ? candidates.join(', ') : `${label('epochs')} or ${label('N')}`;
  return { ms, figure, lower };
}
