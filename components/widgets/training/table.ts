import { parseDataText } from '../../../src/solver/core/readerData';
import { dataProblemWords } from '../../../src/words/dataProblems';
import { GHOST_SPEC, modelSpecWithCustom, type ParamTable, type ValuesOf } from '../runtime/params';

/**
 * The training widget's parameters. Defaults are the article's run: β = 0.005, 2500 updates,
 * N = 20 inner steps but M = 10 differentiated, the clamp a ≥ 0.5, θ0 = (2.7, 0), y0 = 2.
 */
export const trainingTable = [
  modelSpecWithCustom(),
  {
    name: 'f',
    kind: 'text',
    label: 'Your own f(y), in y, a and b',
    default: '',
    maxLength: 120,
  },
  {
    name: 'beta',
    kind: 'number',
    label: 'Learning rate β',
    default: 0.005,
    min: 0.0001,
    max: 0.1,
    step: 0.0001,
    scale: 'log',
  },
  { name: 'epochs', kind: 'number', label: 'Updates K', default: 2500, min: 1, max: 5000, step: 1, integer: true },
  { name: 'N', kind: 'number', label: 'Inner steps N', default: 20, min: 1, max: 200, step: 1, integer: true },
  { name: 'M', kind: 'number', label: 'Gradient steps M', default: 10, min: 1, max: 200, step: 1, integer: true },
  {
    name: 'alpha',
    kind: 'number',
    label: 'Inner step size α',
    default: 0.05,
    min: 0.001,
    max: 0.5,
    step: 0.001,
    scale: 'log',
  },
  { name: 'y0', kind: 'number', label: 'Inner start y₀', default: 2, min: -10, max: 10, step: 0.1 },
  { name: 'clamp', kind: 'boolean', label: 'Clamp a ≥ 0.5', default: true },
  {
    name: 'method',
    kind: 'choice',
    label: 'Gradient method',
    default: 'forward',
    choices: [
      { value: 'forward', label: 'forward recursion (the article)' },
      { value: 'reverse', label: 'back-propagation' },
      { value: 'implicit', label: 'implicit differentiation' },
      { value: 'finite-difference', label: 'finite differences' },
    ],
  },
  {
    name: 'optimizer',
    kind: 'choice',
    label: 'Optimizer',
    default: 'gd',
    choices: [
      { value: 'gd', label: 'gradient descent (the article)' },
      { value: 'momentum', label: 'momentum (μ = 0.9)' },
      { value: 'adam', label: 'Adam' },
    ],
  },
  { name: 'sigma', kind: 'number', label: 'Noise σ', default: 0, min: 0, max: 2, step: 0.05 },
  { name: 'seed', kind: 'number', label: 'Noise seed', default: 1, min: 0, max: 9999, step: 1, integer: true },
  { name: 'count', kind: 'number', label: 'Samples', default: 5, min: 2, max: 50, step: 1, integer: true },
  { name: 'a0', kind: 'number', label: 'Start a₀', default: 2.7, min: 0.1, max: 4, step: 0.1 },
  { name: 'b0', kind: 'number', label: 'Start b₀', default: 0, min: -8, max: 4, step: 0.1 },
  {
    name: 'data',
    kind: 'text',
    label: 'Your data, pairs y:x (empty: the lesson’s)',
    default: '',
    maxLength: 300,
    check: (text: string) => {
      const r = parseDataText(text);
      return r.ok ? null : dataProblemWords(r.problem);
    },
  },
  GHOST_SPEC,
] as const satisfies ParamTable;

/** The training widget's values, typed from its table. */
export type TrainingValues = ValuesOf<typeof trainingTable>;
