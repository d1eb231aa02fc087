import { describe, expect, it } from 'vitest';
import { article, fixedPython, fmtFact, fmtSci, sliceFunction, sources } from '../../../src/lib/factsArticle';
import { linearRecursion } from '../../../src/solver/index';

const alpha = 0.05;
const c = (a: number) => 1 - 2 * alpha * a * a;

describe('lesson 1–2 facts: the article inversion (a = 2, b = −4, x = 0, α = 0.05)', () => {
  it('the exact inverses are y* = (x − b)/a: 2 for x = 0 and 5 for x = 6', () => {
    expect(article.yStar).toBe(2);
    expect(article.yStarSix).toBe(5);
    expect(article.g20Six).toBeCloseTo(5 + 3 * 0.6 ** 20, 12);
  });
  it('the cubic y³ − 3y started at 2 finds the cause √3 of x = 0', () => {
    expect(article.cubicFromTwo).toBeCloseTo(Math.sqrt(3), 9);
  });
  it('one step from y0 = 0: ∂L/∂y = −16, g(1) = 0.8, g(2) = 1.28, g(3) = 1.568', () => {
    expect(article.gradAtZero).toBeCloseTo(-16, 12);
    expect(article.lossAtZero).toBeCloseTo(16, 12);
    expect(article.g1FromZero).toBeCloseTo(0.8, 12);
    expect(article.lossAtG1).toBeCloseTo(5.76, 12);
    expect(article.g2FromZero).toBeCloseTo(2 - 2 * 0.6 ** 2, 12);
    expect(article.g3FromZero).toBeCloseTo(2 - 2 * 0.6 ** 3, 12);
  });
  it('the contraction c = 1 − 8α is 0.6, −0.6, 0 and −1.4 at α = 0.05, 0.2, 0.125, 0.3', () => {
    expect(article.c).toBeCloseTo(0.6, 12);
    expect(article.cOscillating).toBeCloseTo(-0.6, 12);
    expect(article.cOneStep).toBeCloseTo(0, 12);
    expect(article.cTooLarge).toBeCloseTo(-1.4, 12);
    expect(article.alphaLimit).toBe(0.25);
  });
  it('from y0 = 8, g(20) is 6·0.6²⁰ above y* and 10⁻⁶ takes 31 steps', () => {
    expect(article.error20FromEight).toBeCloseTo(6 * 0.6 ** 20, 12);
    expect(article.stepsToMicro).toBe(Math.ceil(Math.log(1e-6 / 6) / Math.log(0.6)));
  });
});

describe('lesson 3–4 facts: training through the inversion', () => {
  it('one forward step at θ0 = (2.7, 0) for x = 0 from g(0) = 2 matches the hand derivation', () => {
    expect(article.dga1).toBeCloseTo(-2 * alpha * (2 * 2.7 * 2), 12);
    expect(article.dgb1).toBeCloseTo(-2 * alpha * 2.7, 12);
    expect(article.g1Sample).toBeCloseTo(2 - 2 * alpha * 2.7 * (2.7 * 2), 12);
  });
  it('the article run learns the truncated fixed point (1.99993, −3.99985) with T ≈ 0', () => {
    expect(article.learnedA).toBeCloseTo(article.fixedPointA, 9);
    expect(article.learnedB).toBeCloseTo(article.fixedPointB, 9);
    expect(fmtFact(article.learnedA, 5)).toBe('1.99993');
    expect(fmtFact(article.learnedB, 5)).toBe('−3.99985');
    expect(article.endT).toBeLessThan(1e-20);
    expect(article.startT).toBeGreaterThan(article.endT);
  });
  it('the first update moves θ by −β·∂T/∂θ', () => {
    expect(article.theta1A).toBeCloseTo(2.7 - 0.005 * article.startGradA, 12);
    expect(article.theta1B).toBeCloseTo(0 - 0.005 * article.startGradB, 12);
  });
  it('M = 10 and M = 20 give gradients within a few 10⁻⁴ of each other at θ0 and the same learned θ', () => {
    expect(article.gradRelDiff).toBeGreaterThan(0);
    expect(article.gradRelDiff).toBeLessThan(1e-3);
    expect(article.learnedGap).toBeLessThan(1e-9);
    expect(article.learned20A).toBeCloseTo(article.fixedPointA, 9);
  });
  it('dg(M)/db at θ = (2, −4) is −(1 − 0.6ᴹ)/2', () => {
    expect(article.dgb10Truth).toBeCloseTo(-(1 - 0.6 ** 10) / 2, 12);
    expect(article.dgb20Truth).toBeCloseTo(-(1 - 0.6 ** 20) / 2, 12);
    expect(article.cStart).toBeCloseTo(c(2.7), 12);
  });
  it('with N = M = 100 the learned θ is the truth (2, −4)', () => {
    expect(article.learnedLongA).toBeCloseTo(2, 8);
    expect(article.learnedLongB).toBeCloseTo(-4, 8);
  });
  it('from a0 = 0.6 the run ends on the clamp a = 0.5; with β = 0.02 it converges', () => {
    expect(article.smallStartA).toBe(0.5);
    expect(article.smallStartT).toBeGreaterThan(1);
    expect(article.fastBetaStatus).toBe('converged');
  });
});

describe('lesson 5–6 facts', () => {
  it('the generator x = a·y + b: −2 at y = 1 and 1 at y = 2.5 under the truth', () => {
    expect(article.truthAtOne).toBe(-2);
    expect(article.truthAtTwoHalf).toBe(1);
    expect(article.generatedAtOne).toBeCloseTo(article.learnedA + article.learnedB, 12);
    expect(article.generatedGapAtThree).toBeCloseTo(Math.abs(3 * (article.learnedA - 2) + article.learnedB + 4), 12);
  });
  it('the shown sources are the solver functions themselves', () => {
    expect(sources.forward.startsWith('function forward(')).toBe(true);
    expect(sources.forward.trimEnd().endsWith('}')).toBe(true);
    expect(sources.reverse).toContain('lambda');
    expect(sources.linearRecursion).toContain('export function linearRecursion');
    expect(() => sliceFunction('const x = 1;\n', 'missing')).toThrow(/missing/);
    expect(linearRecursion({ alpha, a: 2, b: -4, x: 0, y0: 0, steps: 3 }).g[3]).toBeCloseTo(article.g3FromZero, 12);
  });
  it('the corrected Python starts g at y0, carries dg/dθ from zero and records what it plots', () => {
    expect(fixedPython).toContain('path = [start]');
    expect(fixedPython).toContain('g, da, db = start, 0.0, 0.0');
    expect(fixedPython).toContain('history.append(total)');
    expect(fixedPython).toContain('max(theta[0], a_min)');
  });
  it('formats facts with a true minus sign and small numbers in powers of ten', () => {
    expect(fmtFact(-0.27, 2)).toBe('−0.27');
    expect(fmtSci(0.000219, 2)).toBe('2.2 × 10⁻⁴');
    expect(fmtSci(12345, 3)).toBe('1.23 × 10⁴');
  });
});
