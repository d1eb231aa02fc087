import type { ParamTable } from '../runtime/params';

/** The ten class weights y₀ … y₉ (the generative direction runs f_D(y) = Dᵀy once; no steps). */
export const digitsGenerateTable: ParamTable = Array.from({ length: 10 }, (_, c) => ({
  name: `y${c}`,
  kind: 'number' as const,
  label: `Weight of ${c}`,
  default: c === 3 ? 1 : 0,
  min: -1,
  max: 2,
  step: 0.05,
}));
