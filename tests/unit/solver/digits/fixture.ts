/** The committed digits file, parsed once for the digits tests. */
import { readFileSync } from 'node:fs';
import { parseDigits, type Digits } from '../../../../src/solver/digits/index.ts';

export const digitsBytes = (): Uint8Array =>
  new Uint8Array(readFileSync(new URL('../../../../src/public/data/digits.bin', import.meta.url)));

let cached: Digits | undefined;
export function loadDigits(): Digits {
  cached ??= parseDigits(digitsBytes());
  return cached;
}
