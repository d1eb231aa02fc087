// Converts the handwritten digits into the compact file the site loads: src/public/data/digits.bin.
//
// Made with: `node src/build/digits.mjs` (Node only, no dependencies), run once; the output is
// committed and nothing at build time or in the browser reads the source.
//
// Source: ../shared/data/digits.csv.gz — the "Optical Recognition of Handwritten Digits" data set,
// UCI Machine Learning Repository (E. Alpaydin, C. Kaynak, 1998,
// https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits), licensed
// CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The copy is its test set as scikit-learn
// ships it: 1,797 rows of 64 integers 0..16 (an 8×8 image, row by row: 32×32 bitmaps counted in
// 4×4 blocks) and a label 0..9. The pixel values and labels are kept unchanged; only the order changes.
//
// The one train/test split: the rows are shuffled with a seeded generator (mulberry32, SEED below,
// Fisher–Yates) and written train first (the first TRAIN rows), test after.
//
// Layout (little-endian), read by src/solver/digits/data.ts:
//   0  4 bytes  magic "UDGT"
//   4  u8       version (1)
//   5  u8       side (8)        6  u8  classes (10)        7  u8  max pixel value (16)
//   8  u16      count (1797)   10  u16 train count (1347)
//  12  u32      seed of the shuffle
//  16  count·64 pixel bytes, image after image
//      count    label bytes
//      u32      FNV-1a checksum of every byte before it
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 16;
const TRAIN = 1347;
const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(here, '../../../shared/data/digits.csv.gz');
const target = resolve(here, '../public/data/digits.bin');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

const rows = gunzipSync(readFileSync(source))
  .toString('utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(',').map(Number));
for (const [i, row] of rows.entries()) {
  const ok = row.length === 65 && row.every((v, j) => Number.isInteger(v) && v >= 0 && v <= (j < 64 ? 16 : 9));
  if (!ok) throw new Error(`row ${i + 1} is not 64 pixels 0..16 and a label 0..9`);
}
const order = rows.map((_, i) => i);
const random = mulberry32(SEED);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const count = rows.length;
const out = new Uint8Array(16 + count * 65 + 4);
const view = new DataView(out.buffer);
out.set([0x55, 0x44, 0x47, 0x54, 1, 8, 10, 16]);
view.setUint16(8, count, true);
view.setUint16(10, TRAIN, true);
view.setUint32(12, SEED, true);
order.forEach((src, k) => {
  out.set(rows[src].slice(0, 64), 16 + k * 64);
  out[16 + count * 64 + k] = rows[src][64];
});
view.setUint32(out.length - 4, fnv1a(out.subarray(0, out.length - 4)), true);
writeFileSync(target, out);
console.log(
  `${target}: ${out.length} B, ${gzipSync(out, { level: 9 }).length} B gzip; ${TRAIN} train, ${count - TRAIN} test`,
);
