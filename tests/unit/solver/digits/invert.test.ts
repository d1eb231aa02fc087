import { describe, expect, it } from 'vitest';
import {
  classMeans,
  digitsStability,
  DIGITS_PRESET,
  exactInverseMatrix,
  firstExamples,
  gram,
  invertDigit,
  inversionMatrix,
  largestEigenvalue,
  scoreMap,
  symmetricEigenvalues,
} from '../../../../src/solver/digits/index.ts';
import { loadDigits } from './fixture.ts';

const { alpha, steps } = DIGITS_PRESET;
const { train, test } = loadDigits();
const means = classMeans(train);
const image = (i: number): Float64Array => test.x.slice(i * 64, (i + 1) * 64);

describe('inverting one digit', () => {
  it('records y_n, Dᵀy_n and L_n for n = 0..N from y₀ = 0, with L decreasing for a stable α', () => {
    const records = invertDigit(means, image(0), alpha, steps);
    expect(records.map((r) => r.n)).toEqual([...Array(steps + 1).keys()]);
    expect([...(records[0]?.y ?? [])]).toEqual(Array(10).fill(0));
    const x = image(0);
    expect(records[0]?.loss).toBeCloseTo(
      x.reduce((s, v) => s + v * v, 0),
      12,
    );
    for (const r of records) {
      const recon = Array.from({ length: 64 }, (_, p) =>
        r.y.reduce((s, yk, k) => s + yk * (means[k * 64 + p] as number), 0),
      );
      recon.forEach((v, p) => expect(r.reconstruction[p]).toBeCloseTo(v, 12));
    }
    records.slice(1).forEach((r, n) => expect(r.loss).toBeLessThanOrEqual((records[n]?.loss as number) + 1e-12));
  });

  it('y_N of one image equals M_N x, the N steps as one 10 × 64 map', () => {
    const m = inversionMatrix(means, alpha, steps);
    const yN = invertDigit(means, image(3), alpha, steps).at(-1)?.y as Float64Array;
    for (let k = 0; k < 10; k++) {
      const mx = image(3).reduce((s, v, p) => s + v * (m[k * 64 + p] as number), 0);
      expect(yN[k]).toBeCloseTo(mx, 12);
    }
  });

  it('for many steps, M_N tends to the exact inverse (DDᵀ)⁻¹D', () => {
    const far = inversionMatrix(means, 0.9 / digitsStability(means, alpha).lambdaMax, 500);
    const exact = exactInverseMatrix(means);
    const scale = Math.max(...exact.map(Math.abs));
    // The slowest error component shrinks by 1 − 2αλ_min per step; 500 steps are not enough for it.
    const lambdaMin = symmetricEigenvalues(gram(means))[0] as number;
    const left = (1 - (2 * 0.9 * lambdaMin) / digitsStability(means, alpha).lambdaMax) ** 500;
    expect(Math.max(...far.map((v, i) => Math.abs(v - (exact[i] as number))))).toBeLessThanOrEqual(
      2 * left * scale + 1e-9,
    );
  });
});

describe('stability: α < 1/λ_max(DDᵀ)', () => {
  it('power iteration finds the largest eigenvalue that Jacobi rotations find', () => {
    for (const d of [means, firstExamples(train)]) {
      const all = symmetricEigenvalues(gram(d));
      expect(largestEigenvalue(gram(d))).toBeCloseTo(all.at(-1) as number, 8);
      expect(all[0]).toBeGreaterThan(0);
    }
  });

  it('refuses an α at or beyond 1/λ_max with a message naming the limit', () => {
    const { alphaLimit } = digitsStability(means, alpha);
    expect(() => invertDigit(means, image(0), alphaLimit * 1.01, steps)).toThrow(
      /is too large for this D: the inversion is stable only for α < 1\/λ_max\(DDᵀ\) = 0\.009667 \(λ_max = 103\.4\)/,
    );
    expect(() => invertDigit(means, image(0), -1, steps)).toThrow(/α must be a number > 0 \(got -1\)/);
    expect(() => inversionMatrix(means, alpha, 501)).toThrow(/N \(steps\) must be a whole number from 0 to 500/);
  });
});

describe('classifying the test set', () => {
  it('gives a confusion matrix whose diagonal is the accuracy and whose rows count each digit', () => {
    const { accuracy, confusion } = scoreMap(inversionMatrix(means, alpha, steps), test);
    let diagonal = 0;
    for (let k = 0; k < 10; k++) diagonal += confusion[k * 11] as number;
    expect(diagonal / test.count).toBe(accuracy);
    for (let k = 0; k < 10; k++) {
      const row = confusion.slice(k * 10, k * 10 + 10).reduce((s, v) => s + v, 0);
      expect(row).toBe(test.labels.filter((l) => l === k).length);
    }
  });

  it('class means classify far better than one example per class', () => {
    const acc = (d: Float64Array): number => scoreMap(inversionMatrix(d, alpha, steps), test).accuracy;
    expect(acc(means)).toBeGreaterThan(acc(firstExamples(train)) + 0.15);
  });
});
