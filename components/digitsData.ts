/**
 * The digits for the widgets' build-time opening state, read from the committed file (never
 * ../shared). Only .astro shells import this (it uses node:fs); the page fetches the file itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { digits as dg } from '../src/solver';

let data: dg.Digits | undefined;

export function buildTimeDigits(): dg.Digits {
  data ??= dg.parseDigits(new Uint8Array(readFileSync(resolve(process.cwd(), 'src/public/data/digits.bin'))));
  return data;
}
