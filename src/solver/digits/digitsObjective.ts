/**
 * The public entry point for T(D) and dT/dD over plain arrays: D (10 × 64), X (n × 64),
 * targets (n × 10), the inversion from y₀ = 0 with step size α and N steps. The gradient is
 * reverse mode through the N stored steps of every image (the literal path).
 */
import { CLASSES, PIXELS } from './data.ts';
import { objectiveLiteral } from './objective.ts';
import { checkDigitsParams } from './params.ts';

// Local copies: an imported binding read in a hot loop is a property lookup under some module loaders.
const K = CLASSES;
const P = PIXELS;

export interface DigitsObjectiveInput {
  D: number[][];
  X: number[][];
  targets: number[][];
  alpha: number;
  steps: number;
}

function flat(name: string, rows: number[][], width: number, count?: number): Float64Array {
  if (!Array.isArray(rows) || (count !== undefined && rows.length !== count) || rows.length === 0) {
    const want = count === undefined ? 'at least one row' : `${count} rows`;
    throw new RangeError(
      `${name} must be an array of ${want} (got ${Array.isArray(rows) ? rows.length : typeof rows})`,
    );
  }
  const out = new Float64Array(rows.length * width);
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width || !row.every(Number.isFinite)) {
      throw new RangeError(`${name}[${i}] must hold ${width} finite numbers`);
    }
    out.set(row, i * width);
  });
  return out;
}

/** T(D) = Σᵢ ‖tᵢ − y_N(xᵢ)‖² and grad = dT/dD (10 × 64). */
export function digitsObjective(input: DigitsObjectiveInput): { T: number; grad: number[][] } {
  const d = flat('D', input.D, P, K);
  const x = flat('X', input.X, P);
  const targets = flat('targets', input.targets, K, input.X.length);
  checkDigitsParams(d, input.alpha, input.steps);
  const { T, grad } = objectiveLiteral(d, { count: input.X.length, x, targets }, input.alpha, input.steps);
  return { T, grad: Array.from({ length: K }, (_, k) => Array.from(grad.subarray(k * P, (k + 1) * P))) };
}
