/**
 * The digits as the two digits lessons see them at build time: the committed file
 * src/public/data/digits.bin (never ../shared), parsed once, and the course's training run,
 * computed once on first use. Both lessons' facts modules start here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { digits as dg } from '../../src/solver/index.ts';
import { formatFixed } from '../../src/words/format.ts';

let data: dg.Digits | undefined;
let run: dg.DigitsRun | undefined;

/** The parsed file (1,347 training and 450 test images). The build and the tests run from the project root. */
export function digitsData(): dg.Digits {
  data ??= dg.parseDigits(new Uint8Array(readFileSync(resolve(process.cwd(), 'src/public/data/digits.bin'))));
  return data;
}

/** The course's run: Adam from the class means, α, N, β and the number of updates of DIGITS_PRESET. */
export function courseRun(): dg.DigitsRun {
  const { train, test } = digitsData();
  run ??= dg.trainDigits({ d0: dg.classMeans(train), train, test, ...dg.DIGITS_PRESET });
  return run;
}

/** A share as a percentage with one decimal, e.g. 88.2 (the “%” is written in the lesson). */
export const pct = (share: number): string => formatFixed(100 * share, 1);

/** Memoises a facts object so that it is computed when a page first reads it, once. */
export function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** The credit line both lessons carry. */
export const DATA_SOURCE = {
  name: 'Optical Recognition of Handwritten Digits',
  authors: 'E. Alpaydin and C. Kaynak (1998)',
  url: 'https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
};
