import { GHOST_SPEC, modelSpec, type ParamTable } from '../runtime/params';

/** The inversion widget's parameters; defaults are the article's run (a = 2, b = −4, x = 0, α = 0.05, N = 20). */
export const inversionTable: ParamTable = [
  modelSpec(),
  { name: 'alpha', kind: 'number', label: 'Step size α', default: 0.05, min: 0.001, max: 2, step: 0.001, scale: 'log' },
  { name: 'N', kind: 'number', label: 'Steps N', default: 20, min: 0, max: 500, step: 1, integer: true },
  { name: 'x', kind: 'number', label: 'Observation x', default: 0, min: -20, max: 20, step: 0.1 },
  { name: 'a', kind: 'number', label: 'a', default: 2, min: -5, max: 5, step: 0.1 },
  { name: 'b', kind: 'number', label: 'b', default: -4, min: -10, max: 10, step: 0.1 },
  { name: 'y0', kind: 'number', label: 'Start y₀', default: 8, min: -10, max: 10, step: 0.1 },
  {
    name: 'momentum',
    kind: 'choice',
    label: 'Momentum',
    default: 'none',
    choices: [
      { value: 'none', label: 'off (plain gradient descent)' },
      { value: 'heavy-ball', label: 'heavy ball' },
      { value: 'nesterov', label: 'Nesterov' },
    ],
  },
  { name: 'mu', kind: 'number', label: 'Momentum μ', default: 0.5, min: 0, max: 0.99, step: 0.01 },
  GHOST_SPEC,
];
