import { valueAt } from '../digits/valueAt';

/**
 * The drawing as the data set was made: a 32 × 32 black-and-white bitmap, reduced to 8 × 8 by
 * counting the ink cells of each 4 × 4 block (0..16), then divided by 16 like the data.
 */
export const SIZE = 32;
const BLOCK = 4;

/** A blank 32 × 32 bitmap (1 = ink). */
export const blank = (): Uint8Array => new Uint8Array(SIZE * SIZE);

/** The 8 × 8 image of a bitmap: ink cells per 4 × 4 block, / 16. */
export function reduce(bitmap: Uint8Array): Float64Array {
  const out = new Float64Array(64);
  for (let r = 0; r < SIZE; r++) {
    for (let c = 0; c < SIZE; c++) {
      const cell = Math.floor(r / BLOCK) * 8 + Math.floor(c / BLOCK);
      if (bitmap[r * SIZE + c]) out[cell] = (out[cell] ?? 0) + 1 / 16;
    }
  }
  return out;
}

/** The number of ink cells. */
export const inkCount = (bitmap: Uint8Array): number => bitmap.reduce((s, v) => s + v, 0);

/**
 * A bitmap whose reduction is the 8 × 8 image `x` (values k/16): each block gets its k ink cells,
 * filled from the block's centre outwards, so a test image can be loaded and then drawn over.
 */
export function fromImage(x: ArrayLike<number>): Uint8Array {
  const order = [5, 6, 9, 10, 1, 2, 4, 7, 8, 11, 13, 14, 0, 3, 12, 15];
  const bitmap = blank();
  for (let b = 0; b < 64; b++) {
    const count = Math.round(valueAt(x, b) * 16);
    for (let i = 0; i < count; i++) {
      const cell = valueAt(order, i);
      const r = Math.floor(b / 8) * BLOCK + Math.floor(cell / BLOCK);
      const c = (b % 8) * BLOCK + (cell % BLOCK);
      bitmap[r * SIZE + c] = 1;
    }
  }
  return bitmap;
}

/** Inks the cells within a round pen of `radius` cells around (row, col). */
export function stamp(bitmap: Uint8Array, row: number, col: number, radius = 1.5): void {
  const reach = Math.ceil(radius);
  for (let r = row - reach; r <= row + reach; r++) {
    for (let c = col - reach; c <= col + reach; c++) {
      if (r < 0 || c < 0 || r >= SIZE || c >= SIZE) continue;
      if ((r - row) ** 2 + (c - col) ** 2 <= radius * radius) bitmap[r * SIZE + c] = 1;
    }
  }
}
