import type { NumberSpec, ParamTable, ValuesOf } from '../runtime/params';

/** The slider for the weight of class c (y₃ starts at 1, the others at 0). */
function weight<N extends `y${number}`>(name: N, c: number): NumberSpec<N> {
  return { name, kind: 'number', label: `Weight of ${c}`, default: c === 3 ? 1 : 0, min: -1, max: 2, step: 0.05 };
}

/** The ten class weights y₀ … y₉ (the generative direction runs f_D(y) = Dᵀy once; no steps). */
export const digitsGenerateTable = [
  weight('y0', 0),
  weight('y1', 1),
  weight('y2', 2),
  weight('y3', 3),
  weight('y4', 4),
  weight('y5', 5),
  weight('y6', 6),
  weight('y7', 7),
  weight('y8', 8),
  weight('y9', 9),
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type DigitsGenerateValues = ValuesOf<typeof digitsGenerateTable>;
