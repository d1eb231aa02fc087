import type { ParamTable, ValuesOf } from '../runtime/params';

/** The digit-inversion widget's parameters: which test image, which D, α and N (the course's 0.005 and 20). */
export const digitsInvertTable = [
  { name: 'image', kind: 'number', label: 'Test image', default: 1, min: 1, max: 450, step: 1, integer: true },
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
export type DigitsInvertValues = ValuesOf<typeof digitsInvertTable>;
