import type { ParamTable, ValuesOf } from '../runtime/params';
import { alphaSpec, dictionarySpec, stepsSpec } from '../digits/params';

/** The digit-inversion widget's parameters: which test image, which D, α and N (the course's 0.005 and 20). */
export const digitsInvertTable = [
  { name: 'image', kind: 'number', label: 'Test image', default: 1, min: 1, max: 450, step: 1, integer: true },
  dictionarySpec('dict', 'Dictionary D'),
  alphaSpec,
  stepsSpec('Steps N', 200),
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type DigitsInvertValues = ValuesOf<typeof digitsInvertTable>;
