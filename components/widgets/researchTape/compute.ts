import { articleData, nestedTape, type Tape } from '../../../src/solver';
import { valuesOf, type ParamValues } from '../runtime/params';
import { tapeTable } from './table';

/** The article's start and inner start: θ0 = (2.7, 0), y0 = 2. */
export const ARTICLE_START = { theta0: [2.7, 0] as [number, number], y0: 2 };

/** The tape for the widget's values; record i is (k, position) = (⌊i / (2N+2)⌋, i mod (2N+2)). */
export function computeTape(values: ParamValues): Tape {
  const v = valuesOf(tapeTable, values);
  return nestedTape({
    data: articleData(),
    ...ARTICLE_START,
    beta: v.beta,
    updates: v.K,
    alpha: v.alpha,
    steps: v.N,
  });
}
