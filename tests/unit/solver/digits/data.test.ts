import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { classMeans, DigitsFileError, fnv1a, oneHot, parseDigits } from '../../../../src/solver/digits/data.ts';
import { digitsBytes, loadDigits } from './fixture.ts';

/** A copy of the file with byte `at` set to `value` and the checksum left as it was. */
function corrupt(at: number, value: number): Uint8Array {
  const bytes = digitsBytes();
  bytes[at] = value;
  return bytes;
}

describe('the digits file', () => {
  it('holds 1,797 images split 1,347 / 450 with the seed the script used', () => {
    const { train, test, seed } = loadDigits();
    expect([train.count, test.count, seed]).toEqual([1347, 450, 16]);
    expect(train.x.length).toBe(1347 * 64);
    expect(test.x.length).toBe(450 * 64);
  });

  it("has scikit-learn's label histogram over both halves, and both halves hold every digit", () => {
    const { train, test } = loadDigits();
    const hist = (labels: Uint8Array): number[] =>
      [...Array(10).keys()].map((c) => labels.filter((l) => l === c).length);
    const all = hist(train.labels).map((n, c) => n + (hist(test.labels)[c] as number));
    expect(all).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
    expect(Math.min(...hist(test.labels))).toBeGreaterThan(30);
  });

  it('scales pixels to [0, 1] and keeps the 0..16 grid', () => {
    const { train } = loadDigits();
    expect(Math.max(...train.x)).toBe(1);
    expect(Math.min(...train.x)).toBe(0);
    expect(train.x.every((v) => Number.isInteger(v * 16))).toBe(true);
  });

  it('is at most 60 KB gzipped', () => {
    expect(gzipSync(digitsBytes(), { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('class means and one-hot targets have the shapes the solver expects', () => {
    const { train } = loadDigits();
    const means = classMeans(train);
    expect(means.length).toBe(640);
    const t = oneHot(train.labels);
    expect(t.reduce((s, v) => s + v, 0)).toBe(1347);
    expect(t[train.labels[0] as number]).toBe(1);
  });
});

describe('a corrupt digits file is rejected with a message naming the problem', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['a truncated file', () => digitsBytes().subarray(0, 1000), /1000 bytes where 1797 images need 116825/],
    ['an empty file', () => new Uint8Array(0), /0 bytes, shorter than its header/],
    ['another format', () => corrupt(0, 0x50), /starts with “PDGT” instead of “UDGT”/],
    ['another version', () => corrupt(4, 2), /version 2, this site reads version 1/],
    ['a flipped pixel', () => corrupt(5000, 3), /checksum does not match/],
  ];
  for (const [name, bytes, message] of cases) {
    it(name, () => {
      expect(() => parseDigits(bytes())).toThrow(DigitsFileError);
      expect(() => parseDigits(bytes())).toThrow(message);
    });
  }

  it('a pixel above 16 with a matching checksum', () => {
    const bytes = corrupt(100, 17);
    new DataView(bytes.buffer).setUint32(bytes.length - 4, fnv1a(bytes.subarray(0, bytes.length - 4)), true);
    expect(() => parseDigits(bytes)).toThrow(/a pixel above 16/);
  });
});
