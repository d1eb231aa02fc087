import { articleData, nestedTape, type Tape } from '../../../src/solver';
import { num, type ParamValues } from '../runtime/params';

/** The article's start and inner start: θ0 = (2.7, 0), y0 = 2. */
export const ARTICLE_START = { theta0: [2.7, 0] as [number, number], y0: 2 };

/** The tape for the widget's values; record i is (k, position) = (⌊i / (2N+2)⌋, i mod (2N+2)). */
export function computeTape(v: ParamValues): Tape {
  return nestedTape({
    data: articleData(),
    ...ARTICLE_START,
    beta: num(v, 'beta'),
    updates: num(v, 'K'),
    alpha: num(v, 'alpha'),
    steps: num(v, 'N'),
  });
}
