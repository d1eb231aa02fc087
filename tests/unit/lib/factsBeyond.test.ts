import { describe, expect, it } from 'vitest';
import {
  alphaTable,
  choosing,
  clamp,
  cubicRoots,
  cubicRuns,
  gradientsAtStart,
  implicitGapTable,
  innerMomentumTable,
  leastSquaresLine,
  noiseTable,
  outerMomentumTable,
  tanhDrift,
  truncation,
  truncationTable,
  nonlinearTrain,
} from '../../../src/lib/factsBeyond';
import { makeData } from '../../../src/solver/index.ts';

describe('lesson 7 facts: choosing α and N', () => {
  it('c = 1 − 2αa² and the regimes follow its sign and size', () => {
    for (const r of alphaTable) {
      expect(r.c).toBeCloseTo(1 - 8 * r.alpha, 12);
      expect(r.regime).toBe(
        Math.abs(r.c) < 1e-12
          ? 'one step'
          : r.c > 0
            ? 'monotone'
            : r.c > -1
              ? 'oscillating'
              : r.c === -1
                ? '2-cycle (bounded, never converges)'
                : 'diverging',
      );
    }
    expect(choosing.alphaLimit).toBe(0.25);
    expect(choosing.alphaBest).toBe(0.125);
  });
  it('step counts are the smallest N with |c|^N·6 ≤ tol', () => {
    const smallest = (c: number, tol: number) => {
      let n = 0;
      while (Math.abs(c) ** n * 6 > tol) n++;
      return n;
    };
    for (const r of alphaTable) expect(r.steps).toBe(Math.abs(r.c) >= 1 ? Infinity : smallest(r.c, 1e-6));
    expect(choosing.steps3).toBe(smallest(0.6, 1e-3));
    expect(choosing.steps12).toBe(smallest(0.6, 1e-12));
    expect(choosing.exerciseSteps).toBe(10);
    expect(choosing.error20).toBeCloseTo(6 * 0.6 ** 20, 12);
  });
  it('α = 0.3 iterates grow by −1.4 per step', () => {
    expect(choosing.large1).toBeCloseTo(2 + 6 * -1.4, 10);
    expect(choosing.large2).toBeCloseTo(2 + 6 * 1.96, 10);
  });
});

describe('lesson 8 facts: the truncated fixed point', () => {
  it('training ends at a = 2(1 − cᴺ), b = −4 + 2cᴺ·y0 for each N', () => {
    for (const r of truncationTable) {
      const c = 1 - 0.1 * r.a * r.a;
      expect(r.a).toBeCloseTo(2 * (1 - c ** r.N), 12);
      expect(r.b).toBeCloseTo(-4 + 4 * c ** r.N, 12);
      expect(r.trainedA).toBeCloseTo(r.a, 9);
      expect(r.trainedB).toBeCloseTo(r.b, 9);
    }
    expect(truncation.article.trainedA.toFixed(5)).toBe('1.99993');
  });
  it('with N = 5 the steepest slope is below 1/2, with N = 6 above, and T stays positive', () => {
    expect(truncation.slope5).toBeLessThan(0.5);
    expect(truncation.slope6).toBeGreaterThan(0.5);
    expect(truncation.trained5T).toBeGreaterThan(1e-3);
  });
});

describe('lesson 9 facts: the clamp', () => {
  it('c = 0.975 at a = 0.5 and the step counts follow from it', () => {
    expect(clamp.cSmall).toBeCloseTo(0.975, 12);
    expect(0.975 ** clamp.stepsSmall * 8).toBeLessThanOrEqual(1e-6);
    expect(0.975 ** (clamp.stepsSmall - 1) * 8).toBeGreaterThan(1e-6);
  });
  it('with the clamp a small start is pinned at a = 0.5; without it a dips below 0', () => {
    expect(clamp.onA).toBe(0.5);
    expect(clamp.onT).toBeGreaterThan(1);
    expect(clamp.offMinA).toBeLessThan(0);
    expect(clamp.articleOffA).toBeCloseTo(truncation.article.a, 9);
  });
});

describe('lesson 10 facts: momentum', () => {
  it('plain inner descent matches stepsForAccuracy and every momentum helps on the flat loss', () => {
    expect(innerMomentumTable[0]?.steep).toBe(choosing.steps6);
    expect(innerMomentumTable[0]?.flat).toBe(clamp.stepsSmall);
    for (const r of innerMomentumTable.slice(1)) expect(r.flat).toBeLessThan(clamp.stepsSmall);
  });
  it('outer momentum with β = 0.005 gets stuck at the clamp; the others train', () => {
    for (const r of outerMomentumTable) {
      if (r.kind === 'momentum' && r.beta === 0.005) expect(r.updates).toBe(Infinity);
      else expect(r.a).toBeCloseTo(truncation.article.a, 5);
    }
  });
});

describe('lesson 11 facts: noise', () => {
  it('training reaches the least-squares floor, and h is then the least-squares line', () => {
    for (const r of noiseTable) {
      expect(r.T).toBeCloseTo(r.bestT, 6);
      const data = makeData({ count: r.count, sigma: r.sigma, seed: r.seed });
      const [slope] = leastSquaresLine(data);
      const c = 1 - 0.1 * r.a * r.a;
      expect((1 - c ** 20) / r.a).toBeCloseTo(slope, 5);
    }
  });
});

describe('lesson 12 facts: four gradients', () => {
  it('forward equals reverse, finite differences agree to 1e-6, implicit converges as M grows', () => {
    for (const g of [gradientsAtStart.M10, gradientsAtStart.M20]) {
      g.forward.forEach((v, j) => {
        expect(g.reverse[j]).toBeCloseTo(v, 10);
        expect(g.finiteDifference[j]).toBeCloseTo(v, 5);
      });
    }
    const gaps = implicitGapTable.map((r) => Math.abs(r.implicit - r.forward));
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeLessThan(gaps[i - 1] as number);
    expect(Math.sign(implicitGapTable[1]!.implicit)).not.toBe(Math.sign(implicitGapTable[1]!.forward));
  });
});

describe('lesson 13 facts: several inverses', () => {
  it('the three minimisers are the roots of y³ − 3y − 1 and each start finds a different one', () => {
    expect(cubicRoots).toHaveLength(3);
    for (const y of cubicRoots) expect(y ** 3 - 3 * y - 1).toBeCloseTo(0, 9);
    cubicRuns.forEach((r, i) => expect(r.end).toBeCloseTo(cubicRoots[i] as number, 5));
  });
  it('tanh with |x − b| ≥ |a| keeps L ≥ 1; the cubic training diverges at α = 0.05', () => {
    expect(tanhDrift.loss).toBeGreaterThan(1);
    expect(tanhDrift.y).toBeGreaterThan(2);
    expect(nonlinearTrain.cubic.status).toBe('diverged');
  });
});
