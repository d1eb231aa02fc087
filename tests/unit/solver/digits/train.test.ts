import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  classMeans,
  DIGITS_PRESET,
  exactInverseMatrix,
  firstExamples,
  inversionMatrix,
  leastSquaresAccuracy,
  leastSquaresT,
  leastSquaresWeights,
  scoreMap,
  trainDigits,
} from '../../../../src/solver/digits/index.ts';
import { loadDigits } from './fixture.ts';

const { train, test } = loadDigits();
const means = classMeans(train);
const preset = { d0: means, train, test, ...DIGITS_PRESET };
let full: ReturnType<typeof trainDigits> | undefined;
const run = (): ReturnType<typeof trainDigits> => (full ??= trainDigits(preset));

describe('training D through the inversion', () => {
  it('records every update with copies of D, lowers T and stays stable', () => {
    const { records, stopped } = run();
    expect(stopped).toBeNull();
    expect(records.length).toBe(DIGITS_PRESET.updates + 1);
    expect(records[0]?.d).toEqual(means);
    expect(records[1]?.d).not.toEqual(records[2]?.d);
    expect(records.at(-1)?.T).toBeLessThan((records[0]?.T as number) * 0.9);
    for (const r of records) expect(r.lambdaMax * DIGITS_PRESET.alpha).toBeLessThan(1);
  }, 60_000);

  it('the literal and the fast path give the same run', () => {
    const short = { ...preset, updates: 3 };
    const fast = trainDigits(short).records;
    const literal = trainDigits({ ...short, path: 'literal' }).records;
    fast.forEach((r, i) => {
      expect(r.T).toBeCloseTo(literal[i]?.T as number, 8);
      r.d.forEach((v, j) => expect(Math.abs(v - (literal[i]?.d[j] as number))).toBeLessThan(1e-10));
    });
  }, 30_000);

  it('cannot beat the least-squares linear map on T, since h_D(x) = M_N x is linear', () => {
    const tLeast = leastSquaresT(leastSquaresWeights(train, false), train);
    for (const r of run().records) expect(r.T).toBeGreaterThanOrEqual(tLeast);
  }, 60_000);

  it('stops with a message when an update makes α ≥ 1/λ_max', () => {
    const { records, stopped } = trainDigits({ ...preset, alpha: 0.0096, rate: 0.5, updates: 10 });
    expect(stopped).toMatch(/^update \d+ made 1\/λ_max\(DDᵀ\) = [\d.]+ ≤ α: the inversion would diverge$/);
    expect(records.length).toBeLessThan(11);
  }, 30_000);

  it('names a bad learning rate or number of updates', () => {
    expect(() => trainDigits({ ...preset, rate: 0 })).toThrow(/learning rate β must be a number in \(0, 1\] \(got 0\)/);
    expect(() => trainDigits({ ...preset, updates: -1 })).toThrow(/updates must be a whole number from 0 to 2000/);
  });
});

/** The numpy check script, when python3 with numpy is installed. */
function numpyFigures(): Record<string, number> | null {
  const script = fileURLToPath(new URL('../../../support/digits-check.py', import.meta.url));
  const out = spawnSync('python3', [script, '1000'], { encoding: 'utf8', timeout: 240_000 });
  return out.status === 0 ? (JSON.parse(out.stdout) as Record<string, number>) : null;
}

describe('the figures agree with an independent numpy implementation', () => {
  const figures = numpyFigures();
  it.skipIf(figures === null)(
    'one example, class means, exact inverse, trained, least squares: within one test image',
    () => {
      const acc = (d: Float64Array, n = DIGITS_PRESET.steps): number =>
        scoreMap(inversionMatrix(d, DIGITS_PRESET.alpha, n), test).accuracy;
      const ts = {
        oneExample: acc(firstExamples(train)),
        classMeans: acc(means),
        exactInverse: scoreMap(exactInverseMatrix(means), test).accuracy,
        trained: run().records.at(-1)?.testAccuracy as number,
        leastSquares: leastSquaresAccuracy(leastSquaresWeights(train, true), test, true),
      };
      for (const [name, value] of Object.entries(ts)) {
        expect(Math.abs(value - (figures?.[name] as number)), name).toBeLessThanOrEqual(1 / 450 + 1e-12);
      }
    },
    300_000,
  );
});
