/**
 * Sentences about runs found in an audit after issue 11's pass (lessons 7 to 11 and 13): each test
 * fails when the run stops doing what the sentence says.
 */
import { describe, expect, it } from 'vitest';
import { articleTraining, contraction, invert, train } from '../../../src/solver/index.ts';
import { innerMomentumTable, noise } from '../../../src/lib/factsBeyond.ts';
import { article } from '../../../src/lib/factsArticle.ts';
import {
  attenuation,
  attenuationLimit,
  basinClaims as BC,
  clampClaims,
  n5Claims,
  stableAMax,
} from '../../../src/lib/factsClaims.ts';

describe('lesson 13: how a larger α leaves a basin', () => {
  it('at α = 0.01 both starts stay in their own basins', () => {
    expect(BC.at001FromTwo).toMatchObject({ status: 'converged', jumped: false });
    expect(BC.at001FromMinusTwo).toMatchObject({ status: 'converged', jumped: false });
    expect(BC.at001FromMinusTwo.end).toBeCloseTo(-1.5321, 4);
  });

  it('from −2 the first step itself crosses the hump at −1 into the middle basin', () => {
    expect(BC.firstStepFromMinusTwo).toBeGreaterThan(-1);
    expect(BC.firstStepFromMinusTwo).toBeLessThan(1);
    expect(BC.jumpFromMinusTwo.end).toBeCloseTo(-0.3473, 4);
  });

  it('from 2 the first step stays in its basin; the valley is too steep for α above 2/∂²L/∂y²', () => {
    expect(BC.firstStepFromTwo).toBeGreaterThan(1);
    // ∂²L/∂y² = 2·f′(y*)² at a root of f(y) = x, f′ = 3y² − 3
    const root = BC.at001FromTwo.end;
    expect(BC.curvatureRight).toBeCloseTo(2 * (3 * root * root - 3) ** 2, 6);
    expect(BC.stableAlphaRight).toBeGreaterThan(0.01);
    expect(BC.stableAlphaRight).toBeLessThan(0.02);
    // at α = 0.02 it keeps bouncing inside the valley, at 0.03 it leaves
    expect(BC.bounceFromTwo.status).not.toBe('converged');
    expect(BC.bounceFromTwo.end).toBeGreaterThan(1);
    expect(BC.jumpFromTwo).toMatchObject({ status: 'converged', jumped: true });
  });

  it('at α = 0.06 the run from −2 leaves the bounds', () => {
    expect(BC.outFromMinusTwo.status).toBe('diverged');
  });
});

describe('lesson 8: M moves the end point only where no exact fit exists', () => {
  it('with N = 5, M = 3 training stops far from the M = 5 minimum, at a larger T', () => {
    expect(n5Claims.m3Status).toBe('converged');
    expect(Math.hypot(n5Claims.m3A - n5Claims.minA, n5Claims.m3B - n5Claims.minB)).toBeGreaterThan(0.1);
    expect(n5Claims.m3T).toBeGreaterThan(n5Claims.minT);
  });

  it('the learned θ predicts slightly off with a different N or y0 (train with the inner loop you predict with)', () => {
    const theta0 = [article.learnedA, article.learnedB];
    const T = (inner: { alpha: number; steps: number; y0: number }) =>
      train({ ...articleTraining(), theta0, epochs: 0, inner }).history[0]?.T ?? NaN;
    for (const inner of [
      { alpha: 0.05, steps: 40, y0: 2 },
      { alpha: 0.05, steps: 20, y0: 0 },
    ]) {
      expect(T(inner)).toBeGreaterThan(1e-12);
      expect(T(inner)).toBeLessThan(1e-4);
    }
    expect(T({ alpha: 0.05, steps: 20, y0: 2 })).toBeLessThan(1e-20);
  });
});

describe('lesson 9: the clamp keeps the oscillation and the second fit out of reach', () => {
  it('the period-2 cycle straddles the second root, and both lie below the wall a = 0.5', () => {
    expect(clampClaims.offLowA).toBeLessThan(clampClaims.secondA);
    expect(clampClaims.secondA).toBeLessThan(clampClaims.offHighA);
    expect(clampClaims.offHighA).toBeLessThan(0.5);
  });
});

describe('lesson 11: attenuation and the spread over seeds', () => {
  it('the best a tends to 2 + 3σ²/8 ≈ 2.09; with 1000 samples it is 2.097', () => {
    expect(attenuationLimit.toFixed(2)).toBe('2.09');
    const big = attenuation.at(-1)!;
    expect(Math.abs(big.predicted - attenuationLimit)).toBeLessThan(1e-3);
    expect(big.a.toFixed(3)).toBe('2.097');
  });

  it('the spread of a over three seeds is larger at 5 samples than at 50 (the trend the lesson quotes)', () => {
    const spread = (count: number) => noise.spreadA.find((r) => r.count === count)?.spread ?? NaN;
    expect(spread(5)).toBeGreaterThan(spread(50));
  });
});

describe('lesson 7: α = 0.05 keeps the inner loop converging only while |a| < 4.47', () => {
  it('just inside the bound the run converges, just outside it diverges', () => {
    expect(stableAMax.toFixed(2)).toBe('4.47');
    expect(contraction(0.05, stableAMax * 0.999)).toBeGreaterThan(-1);
    expect(contraction(0.05, stableAMax * 1.001)).toBeLessThan(-1);
    const run = (a: number) =>
      invert({ model: 'linear', theta: [a, -4], x: 0, alpha: 0.05, steps: 20000, y0: 2 }).status;
    expect(run(stableAMax * 0.99)).toBe('converged');
    expect(run(stableAMax * 1.01)).toBe('diverged');
  });
});

describe('lesson 10: a large μ hurts on the steep loss', () => {
  it('rows 0, 2 and 4 are plain, heavy ball μ = 0.9 and Nesterov μ = 0.9; both μ = 0.9 need more steps than plain', () => {
    const [plain, , heavy, , nesterov] = innerMomentumTable;
    expect([plain?.label, heavy?.label, nesterov?.label]).toEqual([
      'plain gradient descent',
      'heavy ball, μ = 0.9',
      'Nesterov, μ = 0.9',
    ]);
    expect(heavy!.steep).toBeGreaterThan(100);
    expect(nesterov!.steep).toBeGreaterThan(plain!.steep);
  });
});
