import { describe, expect, it } from 'vitest';
import { genericKernel } from '../../../../src/solver/core/lossKernel.ts';
import { articleData, landscape, linearModel, models } from '../../../../src/solver/index.ts';
import { expectClose } from '../helpers.ts';

const inner = { alpha: 0.05, steps: 20, y0: 2 };

function genericT(model = linearModel, a: number, b: number): number {
  const k = genericKernel(model);
  const d = articleData();
  return d.x.reduce((T, x, i) => T + (d.y[i]! - k.predict(x, [a, b], inner.alpha, inner.steps, inner.y0)) ** 2, 0);
}

describe('landscape', () => {
  it('lays out T(a[i], b[j]) row-major at values[j·nx + i], equal to the generic path', () => {
    const l = landscape({
      model: 'linear',
      data: articleData(),
      inner,
      aRange: [0.5, 3.5],
      bRange: [-6, 2],
      size: [31, 21],
    });
    expect(l.a).toHaveLength(31);
    expect(l.b).toHaveLength(21);
    expect(l.a[0]).toBe(0.5);
    expect(l.a[30]).toBe(3.5);
    expect(l.values).toHaveLength(31 * 21);
    for (const [i, j] of [
      [0, 0],
      [30, 20],
      [15, 10],
      [3, 17],
      [29, 1],
    ] as const) {
      expectClose(l.values[j * 31 + i]!, genericT(linearModel, l.a[i]!, l.b[j]!), 1e-12);
    }
    expect(l.min).toBe(Math.min(...l.values));
    expect(l.max).toBe(Math.max(...l.values));
  });

  it('works for the other models through the dual-number kernel', () => {
    const l = landscape({ model: 'tanh', data: articleData(), inner, aRange: [1, 3], bRange: [-1, 1], size: [3, 3] });
    expectClose(l.values[4]!, genericT(models.tanh, 2, 0), 1e-12);
  });

  it('caps non-finite values at the largest finite one', () => {
    const l = landscape({
      model: 'linear',
      data: articleData(),
      inner: { alpha: 5, steps: 2000, y0: 2 },
      aRange: [0.1, 3],
      bRange: [-6, 2],
      size: [20, 5],
    });
    expect(l.capped).toBeGreaterThan(0);
    for (const v of l.values) expect(Number.isFinite(v)).toBe(true);
    expect(Math.max(...l.values)).toBe(l.max);
  });
});
