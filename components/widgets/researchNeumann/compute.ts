import { implicitLimit, type ImplicitLimit } from '../../../src/solver';
import { num, str, type ParamValues } from '../runtime/params';

/** The line's intercept: the article's b = −4 (the widget varies a, x and the start). */
export const B = -4;

/** The implicit-limit run for the widget's values: records N = 0 … largest N. */
export function computeNeumann(v: ParamValues): ImplicitLimit {
  return implicitLimit({
    alpha: num(v, 'alpha'),
    a: num(v, 'a'),
    b: B,
    x: num(v, 'x'),
    offset: num(v, 'offset'),
    wrt: str(v, 'wrt') as 'a' | 'b',
    maxSteps: num(v, 'maxN'),
  });
}
