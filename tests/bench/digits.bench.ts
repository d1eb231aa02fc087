/**
 * One training update of the digits dictionary over the 1,347 training images, N = 20,
 * forward and backward (T and dT/dD), plus Adam's step. `npm run bench` prints the fast path's
 * median as `digits-epoch-ms <median>` (tests/support/bench-medians.mjs); the literal unrolled path is
 * timed beside it.
 */
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import {
  batchOf,
  classMeans,
  DIGITS_PRESET,
  objectiveFast,
  objectiveLiteral,
  parseDigits,
} from '../../src/solver/digits/index.ts';

const { train } = parseDigits(
  new Uint8Array(readFileSync(new URL('../../src/public/data/digits.bin', import.meta.url))),
);
const d = classMeans(train);
const batch = batchOf(train);
const { alpha, steps } = DIGITS_PRESET;

describe('digits: one training update (1,347 images, N = 20)', () => {
  bench('digits-epoch fast path (10 × 10 polynomial, XᵀX precomputed)', () => {
    objectiveFast(d, batch, alpha, steps);
  });
  bench('digits-epoch literal path (every image, 20 stored steps, reverse sweep)', () => {
    objectiveLiteral(d, batch, alpha, steps);
  });
});
