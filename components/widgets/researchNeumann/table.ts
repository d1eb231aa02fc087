import type { ParamTable, ValuesOf } from '../runtime/params';
import { GHOST_SPEC } from '../runtime/params';

/**
 * The implicit-limit widget's parameters: the article's line (a = 2, b = −4), x = 0 (y* = 2),
 * α = 0.05 (c = 0.6), started at the solution; one record per number of unrolled steps N.
 */
export const neumannTable = [
  { name: 'alpha', kind: 'number', label: 'Step size α', default: 0.05, min: 0.005, max: 0.245, step: 0.005 },
  { name: 'a', kind: 'number', label: 'a', default: 2, min: 0.5, max: 3, step: 0.1 },
  { name: 'x', kind: 'number', label: 'Observation x', default: 0, min: -10, max: 10, step: 0.5 },
  { name: 'offset', kind: 'number', label: 'Start g(0) − y*', default: 0, min: -6, max: 6, step: 0.5 },
  {
    name: 'wrt',
    kind: 'choice',
    label: 'Derivative with respect to',
    default: 'a',
    choices: [
      { value: 'a', label: 'a (the slope)' },
      { value: 'b', label: 'b (the intercept)' },
    ],
  },
  { name: 'maxN', kind: 'number', label: 'Largest N', default: 40, min: 5, max: 100, step: 1, integer: true },
  GHOST_SPEC,
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type NeumannValues = ValuesOf<typeof neumannTable>;
