import { describe, expect, it } from 'vitest';
import {
  explosionMap,
  extremaCount,
  invert,
  lossCurveOverA,
  MAP_OBSERVATION,
  roughness,
  tangent,
  tangentClosedForm,
} from '../../../../src/solver/index.ts';

const o = MAP_OBSERVATION;
/** Brute force: central differences of the solver's own inversion in a. */
function fdTangent(alpha: number, a: number, N: number): number {
  const g = (aa: number) => {
    const s = invert({ model: 'linear', theta: [aa, o.b], x: o.x, alpha, steps: N, y0: o.y0 }).steps;
    return s[s.length - 1]?.y as number;
  };
  const h = 1e-6;
  return (g(a + h) - g(a - h)) / (2 * h);
}

describe('the explosion map over (α, a)', () => {
  it('colours each cell by c = 1 − 2αa² and agrees with brute force on a coarse grid', () => {
    const map = explosionMap({ N: 12, alpha: [0.02, 0.4], a: [0.2, 2.6], cols: 6, rows: 6 });
    expect(map.cells).toHaveLength(36);
    for (const cell of map.cells) {
      const c = 1 - 2 * cell.alpha * cell.a * cell.a;
      expect(cell.c).toBeCloseTo(c, 14);
      expect(cell.kind).toBe(c >= 1 || c <= -1 ? 'divergent' : c >= 0 ? 'monotone' : 'oscillating');
      const fd = fdTangent(cell.alpha, cell.a, 12);
      expect(Math.abs(cell.logTangent - Math.log10(Math.abs(fd)))).toBeLessThan(1e-4);
    }
  });

  it('forward mode matches the closed form of dg(N)/da', () => {
    for (const [alpha, a, N] of [
      [0.05, 2, 20],
      [0.3, 2, 7],
      [0.1, 1.5, 40],
    ] as const) {
      const t = tangent(alpha, a, N).dgda;
      expect(Math.abs(t - tangentClosedForm(alpha, a, N))).toBeLessThan(1e-9 * Math.max(1, Math.abs(t)));
    }
  });

  it('at α = 0.3, a = 2 (c = −1.4) the tangent grows like N·|c|ᴺ', () => {
    // dg(N)/da / (N·1.4ᴺ) tends to 4αa(y0 − y*)/|c| = 2.4·6/1.4 as N grows.
    const limit = (2.4 * 6) / 1.4;
    const ratio = (N: number) => Math.abs(tangent(0.3, 2, N).dgda) / (N * 1.4 ** N);
    expect(Math.abs(ratio(100) / limit - 1)).toBeLessThan(0.002);
    expect(Math.abs(ratio(200) / limit - 1)).toBeLessThan(0.001);
    // and not like |c|ᴺ alone: divided by |c|ᴺ it still grows about tenfold from N = 20 to 200.
    expect(Math.abs(tangent(0.3, 2, 200).dgda) / 1.4 ** 200).toBeGreaterThan(
      9 * (Math.abs(tangent(0.3, 2, 20).dgda) / 1.4 ** 20),
    );
  });

  it('rejects a grid that is not [lo, hi]', () => {
    expect(() => explosionMap({ N: 5, alpha: [0.3, 0.1], a: [0, 1], cols: 4, rows: 4 })).toThrow(/lo < hi/);
  });
});

describe('the loss of a long unroll turns rough (tanh model)', () => {
  // Three curves of 1001 points through the generic (dual-number) tanh kernel: seconds on a loaded machine.
  it('roughness and the count of local extrema of T(a) grow with N = 5, 20, 100', { timeout: 60_000 }, () => {
    const curves = [5, 20, 100].map((N) => lossCurveOverA({ N, points: 1001 }).T);
    const [r5, r20, r100] = curves.map(roughness) as [number, number, number];
    const [e5, e20, e100] = curves.map(extremaCount) as [number, number, number];
    expect(r5).toBeLessThan(2);
    expect(r20).toBeGreaterThan(2 * r5);
    expect(r100).toBeGreaterThan(r20);
    expect(e20).toBeGreaterThan(5 * e5);
    expect(e100).toBeGreaterThan(e20);
  });

  it('roughness is 1 for a monotone curve and counts every wiggle', () => {
    expect(roughness([1, 2, 3, 4])).toBe(1);
    expect(roughness([0, 1, 0, 1])).toBe(3);
    expect(extremaCount([0, 1, 0, 1])).toBe(2);
  });
});
