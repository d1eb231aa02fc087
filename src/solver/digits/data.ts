/**
 * The handwritten digits as the site stores them (src/public/data/digits.bin, written by
 * src/build/digits.mjs): 1,797 images of 8×8 pixels with values 0..16 and their labels 0..9,
 * train images first. Parsing turns the bytes into typed arrays, pixels divided by 16 so that
 * x ∈ [0, 1]⁶⁴, and rejects a file that is not exactly what the script writes.
 */

import { f64At, nth, numAt } from '../core/nth.ts';

/** Pixels per image (8 × 8). */
export const PIXELS = 64;
/** Number of classes (the digits 0..9). */
export const CLASSES = 10;
/** Largest pixel value in the file (a 4×4 block of a 32×32 bitmap counts 0..16 ink cells). */
export const MAX_PIXEL = 16;
const MAGIC = 'UDGT';
const VERSION = 1;
const HEADER = 16;

/** A set of images: `x` is row-major count × 64 (pixels / 16), `labels` the digits. */
export interface DigitSet {
  count: number;
  x: Float64Array;
  labels: Uint8Array;
}

/** The parsed file: the fixed split, and the seed the conversion shuffled with. */
export interface Digits {
  train: DigitSet;
  test: DigitSet;
  seed: number;
}

/** Thrown for a file that is not a digits file of the expected version, size and checksum. */
export class DigitsFileError extends Error {
  constructor(problem: string) {
    super(`The digits data file is corrupt or of another version: ${problem}.`);
    this.name = 'DigitsFileError';
  }
}

/** FNV-1a over `bytes` (the file's last four bytes hold it of everything before them). */
export function fnv1a(bytes: Uint8Array): number {
  // An indexed loop on 32-bit integers: a page parses the file on its main thread, and `for…of`
  // with a conversion per byte took tens of milliseconds on a slow phone.
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
  return h >>> 0;
}

function subset(pixels: Uint8Array, labels: Uint8Array, from: number, to: number): DigitSet {
  const count = to - from;
  const x = new Float64Array(count * PIXELS);
  const start = from * PIXELS; // in range: the file's size was checked
  for (let i = 0; i < x.length; i++) x[i] = (pixels[start + i] ?? 0) / MAX_PIXEL;
  return { count, x, labels: labels.slice(from, to) };
}

/** The digits in `bytes`; throws {@link DigitsFileError} naming what is wrong. */
export function parseDigits(bytes: Uint8Array): Digits {
  if (bytes.length < HEADER + 4) throw new DigitsFileError(`${bytes.length} bytes, shorter than its header`);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) throw new DigitsFileError(`it starts with “${magic}” instead of “${MAGIC}”`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, side, classes, max] = [bytes[4], bytes[5], bytes[6], bytes[7]];
  if (version !== VERSION) throw new DigitsFileError(`version ${version}, this site reads version ${VERSION}`);
  if (side !== 8 || classes !== CLASSES || max !== MAX_PIXEL) {
    throw new DigitsFileError(`images ${side}×${side}, ${classes} classes, values up to ${max}; expected 8×8, 10, 16`);
  }
  const count = view.getUint16(8, true);
  const nTrain = view.getUint16(10, true);
  const size = HEADER + count * (PIXELS + 1) + 4;
  if (bytes.length !== size) throw new DigitsFileError(`${bytes.length} bytes where ${count} images need ${size}`);
  if (nTrain < 1 || nTrain >= count) throw new DigitsFileError(`a training set of ${nTrain} of ${count} images`);
  const sum = view.getUint32(size - 4, true);
  if (fnv1a(bytes.subarray(0, size - 4)) !== sum) throw new DigitsFileError('its checksum does not match');
  const pixels = bytes.subarray(HEADER, HEADER + count * PIXELS);
  const labels = bytes.subarray(HEADER + count * PIXELS, HEADER + count * (PIXELS + 1));
  if (pixels.some((p) => p > MAX_PIXEL)) throw new DigitsFileError(`a pixel above ${MAX_PIXEL}`);
  if (labels.some((l) => l >= CLASSES)) throw new DigitsFileError(`a label above ${CLASSES - 1}`);
  return {
    train: subset(pixels, labels, 0, nTrain),
    test: subset(pixels, labels, nTrain, count),
    seed: view.getUint32(12, true),
  };
}

/** One-hot targets (count × 10) of a set's labels. */
export function oneHot(labels: Uint8Array): Float64Array {
  const t = new Float64Array(labels.length * CLASSES);
  labels.forEach((l, i) => (t[i * CLASSES + l] = 1));
  return t;
}

/** D whose row c is the mean image of class c in `set` (part 2's better choice). */
export function classMeans(set: DigitSet): Float64Array {
  const d = new Float64Array(CLASSES * PIXELS);
  const n = new Array<number>(CLASSES).fill(0);
  for (let i = 0; i < set.count; i++) {
    const c = nth(set.labels, i);
    n[c] = numAt(n, c) + 1;
    for (let p = 0; p < PIXELS; p++) d[c * PIXELS + p] = f64At(d, c * PIXELS + p) + f64At(set.x, i * PIXELS + p);
  }
  for (let c = 0; c < CLASSES; c++)
    for (let p = 0; p < PIXELS; p++) d[c * PIXELS + p] = f64At(d, c * PIXELS + p) / (numAt(n, c) || 1);
  return d;
}

/** D whose row c is the first image of class c in `set` (part 2's first choice: one example each). */
export function firstExamples(set: DigitSet): Float64Array {
  const d = new Float64Array(CLASSES * PIXELS);
  for (let c = 0; c < CLASSES; c++) {
    const i = set.labels.indexOf(c);
    if (i >= 0) d.set(set.x.subarray(i * PIXELS, (i + 1) * PIXELS), c * PIXELS);
  }
  return d;
}
