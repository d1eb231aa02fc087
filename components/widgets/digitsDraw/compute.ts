import { digits as dg } from '../../../src/solver';
import { loadDigits } from '../digits/load';
import { valuesOf, type ParamValues } from '../runtime/params';
import { digitsDrawTable } from './table';
import { dictionary } from '../digitsInvert/compute';
import { inkCount, reduce } from './bitmap';

/** The inversion of the drawing, or `empty` when nothing is drawn (then nothing is classified). */
export interface DigitsDrawRun {
  empty: boolean;
  /** The 8 × 8 reduction of the drawing, values 0..1. */
  x: Float64Array;
  alpha: number;
  records: dg.DigitStep[];
  stability: dg.DigitsStability;
  range: [number, number];
}

/** The run for the drawing `bitmap` on parsed data. */
export function computeDrawWith(data: dg.Digits, values: ParamValues, bitmap: Uint8Array): DigitsDrawRun {
  const { dict, alpha, N } = valuesOf(digitsDrawTable, values);
  const d = dictionary(data, dict);
  const x = reduce(bitmap);
  const stability = dg.checkDigitsParams(d, alpha, N);
  if (inkCount(bitmap) === 0) return { empty: true, x, alpha, records: [], stability, range: [0, 1] };
  const records = dg.invertDigit(d, x, alpha, N);
  const all = records.flatMap((r) => Array.from(r.y));
  return { empty: false, x, alpha, records, stability, range: [Math.min(0, ...all), Math.max(1e-9, ...all)] };
}

let loaded: dg.Digits | null = null;

/** Fetches the data once; after that the run is computed at once (a few microseconds). */
export function computeDraw(values: ParamValues, bitmap: Uint8Array): DigitsDrawRun | Promise<DigitsDrawRun> {
  if (loaded) return computeDrawWith(loaded, values, bitmap);
  return loadDigits().then((data) => {
    loaded = data;
    return computeDrawWith(data, values, bitmap);
  });
}
