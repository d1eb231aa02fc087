import type { ParamTable, ValuesOf } from '../runtime/params';

/**
 * The tape widget's parameters: the article's training (θ0 = (2.7, 0), β = 0.005, α = 0.05,
 * N = 20 inner steps from y0 = 2, all of them differentiated) for a few updates K.
 */
export const tapeTable = [
  { name: 'K', kind: 'number', label: 'Updates K', default: 5, min: 1, max: 20, step: 1, integer: true },
  { name: 'N', kind: 'number', label: 'Inner steps N', default: 20, min: 1, max: 40, step: 1, integer: true },
  { name: 'alpha', kind: 'number', label: 'Step size α', default: 0.05, min: 0.005, max: 0.2, step: 0.005 },
  { name: 'beta', kind: 'number', label: 'Training step β', default: 0.005, min: 0.0005, max: 0.05, step: 0.0005 },
  { name: 'sample', kind: 'number', label: 'Sample shown i', default: 4, min: 0, max: 4, step: 1, integer: true },
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type TapeValues = ValuesOf<typeof tapeTable>;
