import { describe, expect, it } from 'vitest';
import {
  articleTraining,
  classifyRun,
  invert,
  inversionRegime,
  makeData,
  train,
  trainingTrend,
} from '../../../src/solver/index.ts';
import {
  innerMomentumTable,
  noiseTable,
  nonlinearTrain,
  outerMomentumTable,
  truncationTable,
} from '../../../src/lib/factsBeyond.ts';
import {
  aRowClaims,
  attenuation,
  basinClaims,
  bigRunStatus,
  clampClaims,
  cubicFromMinusTwo,
  earlyGenerated,
  generatorGap,
  leftAtSmallA,
  gradientClaims,
  n5Claims,
  printedGap,
  randomStartWorst,
  slowAlphaError,
  tanhEndTrend,
  truncatedRoots,
} from '../../../src/lib/factsClaims.ts';

// Each test is a sentence a lesson says about a run; it fails when the run stops saying it.
describe('lesson 9: the clamp', () => {
  it('clamp off from a0 = 0.3 ends in a period-2 oscillation between a ≈ 0.2453 and 0.3079 with |∂T/∂a| ≈ 12.5', () => {
    expect(clampClaims).toMatchObject({ offKind: 'oscillating', offPeriod: 2 });
    expect(clampClaims.offLowA).toBeCloseTo(0.2453, 4);
    expect(clampClaims.offHighA).toBeCloseTo(0.3079, 4);
    expect(clampClaims.offGradA).toBeGreaterThan(12);
  });

  it('a = 2(1 − c²⁰) has a second exact root a ≈ 0.267410, b ≈ −0.534819 with T ≈ 0, and β = 0.001 approaches it', () => {
    expect(clampClaims.roots).toHaveLength(2);
    expect(clampClaims.secondA).toBeCloseTo(0.26741, 5);
    expect(clampClaims.secondB).toBeCloseTo(-0.534819, 5);
    expect(clampClaims.secondT).toBeLessThan(1e-25);
    expect(Math.abs(clampClaims.slowA - clampClaims.secondA)).toBeLessThan(1e-3);
    expect(clampClaims.slowT).toBeLessThan(1e-6);
  });

  it('with the clamp on, a is held at the wall (classifier: stuck on component a)', () => {
    expect(clampClaims.onKind).toBe('stuck');
    expect(clampClaims.onHeld).toEqual([0]);
  });
});

describe('lesson 8: N = 5', () => {
  it('has not settled after 2500 updates: a plateau with |∂T/∂θ| ≈ 1.8e−2', () => {
    expect(n5Claims.kind2500).toBe('plateau');
    expect(n5Claims.grad2500).toBeGreaterThan(1e-2);
  });

  it('the minimum near the start is (1.6142, −3.0839) with T = 0.01217, reached after about 50,000 updates', () => {
    expect(n5Claims.minStatus).toBe('converged');
    expect(n5Claims.minA).toBeCloseTo(1.6142, 4);
    expect(n5Claims.minB).toBeCloseTo(-3.0839, 4);
    expect(n5Claims.minT).toBeCloseTo(0.01217, 5);
    expect(n5Claims.minUpdates).toBeGreaterThan(40000);
  });

  it('the only exact 5-step fit has c < −1: θ ≈ (4.525, −9.050), T ≈ 0', () => {
    expect(n5Claims.roots).toHaveLength(1);
    expect(n5Claims.exact?.a).toBeCloseTo(4.525, 3);
    expect(n5Claims.exact?.b).toBeCloseTo(-9.05, 3);
    expect(n5Claims.exact?.c).toBeLessThan(-1);
    expect(n5Claims.exactT).toBeLessThan(1e-25);
  });

  it('every root truncatedRoots returns satisfies a = 2(1 − cᴺ)', () => {
    for (const N of [5, 10, 20, 40]) {
      for (const r of truncatedRoots(N)) expect(r.a).toBeCloseTo(2 * (1 - r.c ** N), 10);
    }
  });
});

describe('lesson 4: the a-row and the end of the run', () => {
  it('the cut at M = 10 changes ∂T/∂a at θ0 by far more than c¹⁰ (−6.70629 → −6.70425)', () => {
    expect(aRowClaims.dTda20).toBeCloseTo(-6.70629, 5);
    expect(aRowClaims.dTda10).toBeCloseTo(-6.70425, 5);
    expect(aRowClaims.relChangeA).toBeGreaterThan(100 * aRowClaims.cStart10);
  });

  it('near the end dg(10)/da and dg(20)/da differ per sample by up to about 25 %', () => {
    expect(aRowClaims.maxRowShare).toBeGreaterThan(0.2);
    expect(aRowClaims.maxRowShare).toBeLessThan(0.3);
  });

  it('the M = 10 / M = 20 gap at update 2500 is unfinished convergence, at rounding size by update 3000', () => {
    expect(aRowClaims.gap2500).toBeGreaterThan(1e-13);
    expect(aRowClaims.gap3000).toBeLessThan(1e-14);
  });
});

describe('lesson 11: errors in variables', () => {
  it('the best a tends to about 2.09 at n = 1000, near 2 + σ²/(2 var y), not 2', () => {
    const big = attenuation.at(-1)!;
    expect(big.count).toBe(1000);
    expect(big.a).toBeGreaterThan(2.07);
    expect(big.a).toBeLessThan(2.12);
    expect(Math.abs(big.a - big.predicted)).toBeLessThan(0.02);
  });

  it('training on 1000 samples with the article’s β diverges (T is a sum)', () => {
    expect(bigRunStatus).toBe('diverged');
  });
});

describe('lesson 12: four gradients', () => {
  it('implicit and forward share the sign at M = 1 but not at M = 2; finite differences agree to 10–11 digits', () => {
    expect(gradientClaims.signAgreesAt1).toBe(true);
    expect(gradientClaims.signAgreesAt2).toBe(false);
    expect(gradientClaims.fdDigits).toBeGreaterThan(9);
    expect(gradientClaims.fdDigitsMax).toBeLessThan(12);
  });
});

describe('lesson 13: basins', () => {
  it('α = 0.01 from y0 = 2 stays in its basin; the first jumps come at α = 0.02 from −2 and 0.03 from 2', () => {
    expect(basinClaims.at001FromTwo.jumped).toBe(false);
    expect(basinClaims.firstJumpFromMinusTwo).toBe(0.02);
    expect(basinClaims.firstJumpFromTwo).toBe(0.03);
  });

  it('the tanh training run ends with T climbing (the M = 10 gradient points uphill), not an overshoot by β', () => {
    expect(tanhEndTrend).toBe('climbing');
  });
});

describe('lessons 5 and 6', () => {
  it('the generator is off by 2cᴺ·|y − y0|: zero at y0 = 2, larger at y = −2 than at y = 3', () => {
    expect(generatorGap.at(2)).toBeLessThan(1e-11);
    expect(generatorGap.at(3)).toBeCloseTo(generatorGap.coefficient, 10);
    expect(generatorGap.at(-2)).toBeGreaterThan(generatorGap.at(3));
    expect(generatorGap.coefficient).toBeCloseTo(7.32e-5, 6);
  });

  it("the article's printed b differs from the course's run by about 1.1e−8 (not 'exactly')", () => {
    expect(printedGap.b).toBeGreaterThan(1e-8);
    expect(printedGap.b).toBeLessThan(1.2e-8);
  });
});

describe('the smaller claims of lessons 1–13', () => {
  it('lesson 1: from y0 = −2 the cubic run ends at −√3, the mirror image of √3', () => {
    expect(cubicFromMinusTwo).toBeCloseTo(-Math.sqrt(3), 6);
  });

  it('lesson 2: after 20 steps every start in [−10, 10] ends within 12·0.6²⁰ of y* = 2', () => {
    expect(randomStartWorst).toBeCloseTo(12 * 0.6 ** 20, 12);
    expect(randomStartWorst).toBeLessThan(5e-4);
  });

  it('lesson 3: from a0 = 0.6 the run is put on the clamp at once and held there', () => {
    const r = train({ ...articleTraining(), theta0: [0.6, 0] });
    expect(r.history[1]?.theta[0]).toBe(0.5);
    const v = classifyRun(
      r.history.map((s) => ({ x: s.theta, value: s.T, grad: s.grad })),
      { step: 0.005 },
    );
    expect(v).toMatchObject({ kind: 'stuck', held: [0] });
  });

  it('lessons 4 and 9: on the article run T never rises (the M = 10 gradient goes downhill) and the clamp never acts', () => {
    const r = train(articleTraining());
    expect(r.history.every((s, k) => k === 0 || s.T <= r.history[k - 1]!.T)).toBe(true);
    expect(r.history.some((s) => s.clamped[0])).toBe(false);
  });

  it('lesson 9: with the clamp on from a0 = 0.3, the first update puts a on the wall', () => {
    expect(train({ ...articleTraining(), theta0: [0.3, 0], epochs: 1 }).history[1]?.theta[0]).toBe(0.5);
  });

  it('lesson 5: after 100 updates the generator is still far from the true line at y = 1', () => {
    expect(Math.abs(earlyGenerated - -2)).toBeGreaterThan(1);
  });

  it('lesson 13: from y0 = 1 the cubic run never moves, its status is "converged", and the regime says stuck on a hump', () => {
    const params = { model: 'cubic' as const, theta: [1, -3], x: 1, alpha: 0.003, y0: 1 };
    const r = invert({ ...params, steps: 500 });
    expect(r.status).toBe('converged');
    expect(r.steps.every((s) => s.y === 1)).toBe(true);
    expect(inversionRegime(params)).toMatchObject({ stuck: true });
  });

  it('lesson 13: tanh with x = 3 is still moving after 500 steps, ever more slowly', () => {
    const r = invert({ model: 'tanh', theta: [2, 0], x: 3, alpha: 0.05, steps: 500, y0: 0 });
    const v = classifyRun(
      r.steps.map((s) => ({ x: [s.y], value: s.loss, grad: [s.grad] })),
      { step: 0.05 },
    );
    expect(v.kind).toBe('plateau');
    expect(v.moveRatio).toBeLessThan(1);
    expect(v.move).toBeGreaterThan(0);
  });
});

describe('lesson 11: the floor of T', () => {
  it('grows with the sample count: every 20-sample floor is above every 5-sample one, and so on', () => {
    const floors = (count: number) => noiseTable.filter((r) => r.count === count).map((r) => r.bestT);
    expect(Math.min(...floors(20))).toBeGreaterThan(Math.max(...floors(5)));
    expect(Math.min(...floors(50))).toBeGreaterThan(Math.max(...floors(20)));
  });

  it('each seed gives a different θ', () => {
    const as = noiseTable.filter((r) => r.count === 5).map((r) => r.a);
    expect(new Set(as.map((a) => a.toFixed(4))).size).toBe(as.length);
  });
});

describe('lessons 2, 3, 8, 10 and 13: the remaining sentences about runs', () => {
  it('lesson 2: at α = 0.01, g(20) from y0 = 8 is still more than 1 away from y* (not nearly enough)', () => {
    expect(slowAlphaError).toBeGreaterThan(1);
  });

  it('lesson 3: at a = 0.3 twenty inner steps leave most of the distance from y0 (the guess barely moves)', () => {
    expect(leftAtSmallA).toBeGreaterThan(0.8);
  });

  it('lesson 8: the learned a moves towards 2 as N grows', () => {
    const as = truncationTable.map((r) => r.trainedA);
    for (let i = 1; i < as.length; i++) expect(Math.abs(2 - as[i]!)).toBeLessThan(Math.abs(2 - as[i - 1]!));
  });

  it('lesson 10: large μ rings on the steep loss for hundreds of steps; momentum with β = 0.001 beats the article; gd with β = 0.05 is quickest; Adam trains at both β but is not the quickest', () => {
    const plain = innerMomentumTable[0]!;
    const heavy09 = innerMomentumTable.find((r) => r.label === 'heavy ball, μ = 0.9')!;
    expect(heavy09.steep).toBeGreaterThan(100);
    expect(heavy09.steep).toBeGreaterThan(plain.steep);
    const [article, fastGd, , slowMomentum, adam1, adam2] = outerMomentumTable;
    expect(slowMomentum!.updates).toBeLessThan(article!.updates);
    const finite = outerMomentumTable.map((r) => r.updates).filter(Number.isFinite);
    expect(fastGd!.updates).toBe(Math.min(...finite));
    expect(Number.isFinite(adam1!.updates) && Number.isFinite(adam2!.updates)).toBe(true);
    expect(Math.min(adam1!.updates, adam2!.updates)).toBeGreaterThan(fastGd!.updates);
  });

  it('lesson 13: none of the nonlinear training runs recovers (2, −4); the cubic with α = 0.001 is still creeping', () => {
    for (const r of [nonlinearTrain.cubicSmall, nonlinearTrain.tanh]) {
      expect(Math.hypot(r.a - 2, r.b + 4)).toBeGreaterThan(0.1);
    }
    expect(nonlinearTrain.cubic.status).toBe('diverged');
    const data = makeData({ model: 'cubic', theta: [2, -4], count: 5, sigma: 0, seed: 1 });
    const small = train({ ...articleTraining(), model: 'cubic', data, inner: { alpha: 0.001, steps: 20, y0: 2 } });
    const k = small.history.length - 1;
    expect(trainingTrend(small, k, 0.005, { model: 'cubic', alpha: 0.001, steps: 20 }).trend).toBe('creeping');
  });
});
