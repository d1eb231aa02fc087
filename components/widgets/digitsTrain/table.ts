import type { ParamTable, ValuesOf } from '../runtime/params';
import { alphaSpec, dictionarySpec, stepsSpec } from '../digits/params';

/** The dictionary-training widget's parameters (defaults: the course's run, as in lesson 15). */
export const digitsTrainTable = [
  dictionarySpec('start', 'Start D'),
  alphaSpec,
  stepsSpec('Inner steps N', 100),
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
