/** Shared assertions and fixtures for the solver's tests. */
import { expect } from 'vitest';
import { articleTraining, type TrainParams } from '../../../src/solver/index.ts';

/** |actual − expected| ≤ tol·max(1, |expected|). */
export function expectClose(actual: number, expected: number, tol: number): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tol * scale)) {
    expect.fail(`expected ${actual} to be within ${tol} (relative) of ${expected}`);
  }
}

/** Element-wise {@link expectClose}. */
export function expectAllClose(actual: readonly number[], expected: readonly number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expectClose(v, expected[i] as number, tol));
}

/** Every number reachable in a JSON-like record is finite. */
export function expectAllFinite(record: unknown): void {
  JSON.stringify(record, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) expect.fail(`non-finite number ${v} in a record`);
    return v;
  });
}

/** The article's training run: a0 = 2.7, b0 = 0, y0 = 2, N = 20, M = 10, β = 0.005, 2500 updates, a ≥ 0.5. */
export const articleRun: TrainParams = articleTraining();
