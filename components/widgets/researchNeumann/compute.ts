import { implicitLimit, type ImplicitLimit } from '../../../src/solver';
import { valuesOf, type ParamValues } from '../runtime/params';
import { neumannTable } from './table';

/** The line's intercept: the article's b = −4 (the widget varies a, x and the start). */
export const B = -4;

/** The implicit-limit run for the widget's values: records N = 0 … largest N. */
export function computeNeumann(values: ParamValues): ImplicitLimit {
  const v = valuesOf(neumannTable, values);
  return implicitLimit({
    alpha: v.alpha,
    a: v.a,
    b: B,
    x: v.x,
    offset: v.offset,
    wrt: v.wrt,
    maxSteps: v.maxN,
  });
}
