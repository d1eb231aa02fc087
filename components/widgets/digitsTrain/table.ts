import type { ParamTable, ValuesOf } from '../runtime/params';

/** The dictionary-training widget's parameters (defaults: the course's run, as in lesson 15). */
export const digitsTrainTable = [
  {
    name: 'start',
    kind: 'choice',
    label: 'Start D',
    default: 'means',
    choices: [
      { value: 'means', label: 'class means' },
      { value: 'one', label: 'one example per class' },
    ],
  },
  {
    name: 'alpha',
    kind: 'number',
    label: 'Step size α',
    default: 0.005,
    min: 0.0001,
    max: 0.05,
    step: 0.0001,
    scale: 'log',
  },
  { name: 'N', kind: 'number', label: 'Inner steps N', default: 20, min: 0, max: 100, step: 1, integer: true },
  {
    name: 'rate',
    kind: 'number',
    label: 'Adam rate β',
    default: 0.01,
    min: 0.0005,
    max: 0.2,
    step: 0.0005,
    scale: 'log',
  },
  { name: 'updates', kind: 'number', label: 'Updates K', default: 100, min: 0, max: 300, step: 1, integer: true },
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type DigitsTrainValues = ValuesOf<typeof digitsTrainTable>;
