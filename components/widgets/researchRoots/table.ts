import type { ParamTable, ValuesOf } from '../runtime/params';

/**
 * The root diagram's parameters: the article's inner step α, the reader's start a₀ of the
 * training, and how far N runs. The stepper steps over N itself (record k is N = k).
 */
export const rootsTable = [
  { name: 'alpha', kind: 'number', label: 'Inner step α', default: 0.05, min: 0.02, max: 0.2, step: 0.005 },
  { name: 'a0', kind: 'number', label: 'Training start a₀', default: 0.3, min: 0.1, max: 4.4, step: 0.1 },
  { name: 'nMax', kind: 'number', label: 'Largest N', default: 30, min: 10, max: 40, step: 1, integer: true },
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type RootsValues = ValuesOf<typeof rootsTable>;

/** The start of the second training run drawn in every diagram: the article's θ(0) = (2.7, 0). */
export const ARTICLE_A0 = 2.7;
