import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  constant,
  cos,
  div,
  exp,
  mul,
  pow,
  sin,
  sub,
  tanh,
  variable,
  type Dual,
} from '../../../../src/solver/core/dual.ts';
import { expectClose } from '../helpers.ts';

/** A composite of every operation, as a function of (y, a, b). */
function composite(y: Dual, a: Dual, b: Dual): Dual {
  return add(mul(a, tanh(y)), sub(div(pow(y, 3), add(exp(b), 2)), mul(sin(mul(a, y)), cos(b))));
}

function valueAt(y: number, a: number, b: number): number {
  return composite(constant(y, 3), constant(a, 3), constant(b, 3)).v;
}

function dualAt(y: number, a: number, b: number): Dual {
  return composite(variable(y, 0, 3), variable(a, 1, 3), variable(b, 2, 3));
}

const small = fc.double({ min: -2, max: 2, noNaN: true });

describe('dual numbers', () => {
  it('carry the gradient of a composite function (checked by central differences)', () => {
    fc.assert(
      fc.property(small, small, small, (y, a, b) => {
        const d = dualAt(y, a, b);
        const e = 1e-6;
        const z = [y, a, b];
        for (let j = 0; j < 3; j++) {
          const up = z.slice();
          const down = z.slice();
          up[j]! += e;
          down[j]! -= e;
          const fd = (valueAt(up[0]!, up[1]!, up[2]!) - valueAt(down[0]!, down[1]!, down[2]!)) / (2 * e);
          expectClose(d.d[j]!, fd, 1e-7);
        }
      }),
    );
  });

  it('carry the Hessian row ∂²/∂y∂zⱼ (checked by differencing ∂/∂y)', () => {
    fc.assert(
      fc.property(small, small, small, (y, a, b) => {
        const d = dualAt(y, a, b);
        const e = 1e-6;
        const z = [y, a, b];
        for (let j = 0; j < 3; j++) {
          const up = z.slice();
          const down = z.slice();
          up[j]! += e;
          down[j]! -= e;
          const fd = (dualAt(up[0]!, up[1]!, up[2]!).d[0]! - dualAt(down[0]!, down[1]!, down[2]!).d[0]!) / (2 * e);
          expectClose(d.h[j]!, fd, 1e-6);
        }
      }),
    );
  });

  it('raise to the powers 0 and 1 exactly, even at 0', () => {
    const y = variable(0, 0, 2);
    expect(pow(y, 1)).toBe(y);
    expect(pow(y, 0)).toEqual({ v: 1, d: [0, 0], h: [0, 0] });
    expect(pow(y, 2)).toEqual({ v: 0, d: [0, 0], h: [2, 0] });
  });

  it('lift plain numbers to constants in either operand', () => {
    const y = variable(3, 0, 1);
    expect(add(2, y).v).toBe(5);
    expect(mul(y, 2).d).toEqual([2]);
    expect(sub(1, y).d).toEqual([-1]);
  });
});
