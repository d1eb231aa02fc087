import { aDigit } from '../../../src/words/clauses';
import type { digits as dg } from '../../../src/solver';
import { formatSig } from '../../../src/words/format';
import type { SweepStep } from './records';

/** An entry of dT/dD (10 × 64) as the reader finds it: the digit's row, the pixel's row and column. */
export interface GradEntry {
  row: number;
  pixel: number;
}

/** "digit 3, pixel (2, 5)": rows and columns of the 8 × 8 image counted from 1. */
export function entryName({ row, pixel }: GradEntry): string {
  return `digit ${row}, pixel (${Math.floor(pixel / 8) + 1}, ${(pixel % 8) + 1})`;
}

/** The entry's value in a 10 × 64 gradient, written as every readout writes it. */
export function entryValue(grad: ArrayLike<number>, e: GradEntry): string {
  return formatSig(grad[e.row * 64 + e.pixel], 4);
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A name with a whole-number subscript, as the lessons write it: sub('y', 11) is y₁₁. */
export function sub(name: string, n: number): string {
  return name + [...String(n)].map((c) => SUBSCRIPTS[Number(c)] ?? c).join('');
}

/** The heading of the view. */
export function sweepTitle(sweep: dg.DigitsSweep, k: number): string {
  return `Inside update ${k}: training image ${sweep.image + 1} (${aDigit(sweep.label)}), N = ${sweep.ys.length - 1} inner steps`;
}

/** The live-region sentence of one record. */
export function sweepNarration(sweep: dg.DigitsSweep, step: SweepStep, e: GradEntry): string {
  const N = sweep.ys.length - 1;
  if (step.phase === 'forward') {
    const y = sweep.ys[step.n];
    let best = 0;
    y?.forEach((v, c) => (best = v > (y[best] ?? -Infinity) ? c : best));
    return step.n === 0
      ? `Forward, inner step 0 of ${N}: y₀ = 0 is stored for every training image.`
      : `Forward, inner step ${step.n} of ${N}: ${sub('y', step.n)} stored; its largest weight is ${formatSig(y?.[best], 4)}, for digit ${best}.`;
  }
  const r = sweep.sweep.find((s) => s.n === step.n);
  if (!r) return '';
  const name = `dT/dD at ${entryName(e)}`;
  if (step.n === N) {
    return `Backward from n = ${N}: ${sub('ȳ', N)} = −2(t − ${sub('y', N)}) starts the sweep; nothing has reached ${name} yet.`;
  }
  const what = step.n === 0 ? 'All steps swept: the whole gradient' : `Steps ${N} to ${step.n + 1} give so far`;
  return `Backward at n = ${step.n}: ${what}, ${name} = ${entryValue(r.grad, e)}; this image's part ${entryValue(r.imageGrad, e)}.`;
}
