import type { ChoiceSpec, NumberSpec } from '../runtime/params';

/**
 * The parameter specs the digits widgets share: which dictionary D, the step size α and the
 * number of inner steps N (the course's 0.005 and 20). Each widget's table lists them by name.
 */

/** The two dictionaries a reader can start from. */
export const DICTIONARY_CHOICES = [
  { value: 'means', label: 'class means' },
  { value: 'one', label: 'one example per class' },
] as const;

type Dictionary = (typeof DICTIONARY_CHOICES)[number]['value'];

/** The choice of D, named `name` (the training widget calls it its start). */
export function dictionarySpec<N extends string>(name: N, label: string): ChoiceSpec<N, Dictionary> {
  return { name, kind: 'choice', label, default: 'means', choices: DICTIONARY_CHOICES };
}

/** The inversion's step size α, on a log slider. */
export const alphaSpec: NumberSpec<'alpha'> = {
  name: 'alpha',
  kind: 'number',
  label: 'Step size α',
  default: 0.005,
  min: 0.0001,
  max: 0.05,
  step: 0.0001,
  scale: 'log',
};

/** The number of inversion steps N, from 0 to `max`. */
export function stepsSpec(label: string, max: number): NumberSpec<'N'> {
  return { name: 'N', kind: 'number', label, default: 20, min: 0, max, step: 1, integer: true };
}
