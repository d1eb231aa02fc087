import fc from 'fast-check';
import { describe, it } from 'vitest';
import { linearModel, linearRecursion, stepIntoAt } from '../../../../src/solver/index.ts';
import { expectClose } from '../helpers.ts';

describe('linearRecursion', () => {
  it("equals the generic dual-number forward mode (the article's recursion is its special case)", () => {
    const copy = { ...linearModel }; // a copy takes the generic dual-number path
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.001, max: 0.9, noNaN: true }),
        (a, b, x, y0, share) => {
          const alpha = share / (a * a); // αa² < 1: a stable inversion
          const steps = 15;
          const ref = linearRecursion({ alpha, a, b, x, y0, steps });
          const detail = stepIntoAt(
            {
              model: copy,
              data: { x: [x], y: [0] },
              theta0: [a, b],
              beta: 0.01,
              epochs: 1,
              inner: { alpha, steps, y0 },
              gradient: { method: 'forward' },
            },
            [a, b],
          );
          const inner = detail.samples[0]!.inner;
          for (let n = 0; n <= steps; n++) {
            const scale = 1 + Math.abs(x) + Math.abs(b) + Math.abs(y0);
            expectClose(inner[n]!.g, ref.g[n]!, 1e-12 * scale);
            expectClose(inner[n]!.dg[0]!, ref.dga[n]!, 1e-11 * scale);
            expectClose(inner[n]!.dg[1]!, ref.dgb[n]!, 1e-11 * scale);
          }
        },
      ),
    );
  });
});
