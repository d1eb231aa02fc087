import type { ParamTable, ValuesOf } from '../runtime/params';

/** The drawing widget's parameters: which D, α and N (the drawing itself is the widget's own state). */
export const digitsDrawTable = [
  {
    name: 'dict',
    kind: 'choice',
    label: 'Dictionary D',
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
  { name: 'N', kind: 'number', label: 'Steps N', default: 20, min: 0, max: 200, step: 1, integer: true },
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type DigitsDrawValues = ValuesOf<typeof digitsDrawTable>;
