import type { ParamTable, ValuesOf } from '../runtime/params';
import { alphaSpec, dictionarySpec, stepsSpec } from '../digits/params';

/** The drawing widget's parameters: which D, α and N (the drawing itself is the widget's own state). */
export const digitsDrawTable = [
  dictionarySpec('dict', 'Dictionary D'),
  alphaSpec,
  stepsSpec('Steps N', 200),
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type DigitsDrawValues = ValuesOf<typeof digitsDrawTable>;
