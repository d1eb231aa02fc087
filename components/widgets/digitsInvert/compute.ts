import { digits as dg } from '../../../src/solver';
import { loadDigits } from '../digits/load';
import { valuesOf, type ParamValues } from '../runtime/params';
import { digitsInvertTable } from './table';
import { valueAt } from '../digits/valueAt';

/** One digit's inversion: the solver's records for every step, and what the views need around them. */
export interface DigitsInvertRun {
  /** 1-based index into the test set, as the reader numbers it. */
  image: number;
  x: Float64Array;
  label: number;
  dict: 'means' | 'one';
  alpha: number;
  records: dg.DigitStep[];
  stability: dg.DigitsStability;
  /** The slowest contraction factor, 1 − 2αλ_min. */
  slowest: number;
  /** The weights' range over the whole run (the bars keep one scale while stepping). */
  range: [number, number];
}

/** D for the widget's choice, built from the training set. */
export function dictionary(data: dg.Digits, dict: string): Float64Array {
  return dict === 'one' ? dg.firstExamples(data.train) : dg.classMeans(data.train);
}

/** The run for `values` on parsed data (pure: used at build time and in the page). */
export function computeWith(data: dg.Digits, values: ParamValues): DigitsInvertRun {
  const v = valuesOf(digitsInvertTable, values);
  const { alpha } = v;
  const image = Math.min(v.image, data.test.count);
  const d = dictionary(data, v.dict);
  const x = data.test.x.slice((image - 1) * dg.PIXELS, image * dg.PIXELS);
  // Throws a RangeError naming α and 1/λ_max when α is too large for this D.
  const records = dg.invertDigit(d, x, alpha, v.N);
  const stability = dg.digitsStability(d, alpha);
  const lambdaMin = valueAt(dg.symmetricEigenvalues(dg.gram(d)), 0);
  const all = records.flatMap((r) => Array.from(r.y));
  return {
    image,
    x,
    label: valueAt(data.test.labels, image - 1),
    dict: v.dict,
    alpha,
    records,
    stability,
    slowest: 1 - 2 * alpha * lambdaMin,
    range: [Math.min(0, ...all), Math.max(1e-9, ...all)],
  };
}

/** The widget's compute: fetches the data file once, then runs at once (a few microseconds). */
export function computeDigitsInvert(values: ParamValues): Promise<DigitsInvertRun> {
  return loadDigits().then((data) => computeWith(data, values));
}

/** The digit the weights y pick: the index of the largest. */
export function predicted(y: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < y.length; k++) if (valueAt(y, k) > valueAt(y, best)) best = k;
  return best;
}
