import { describe, expect, it } from 'vitest';
import { stepInto, stepIntoAt, train, type TrainParams } from '../../../../src/solver/index.ts';
import { articleRun } from '../helpers.ts';

describe('stepInto', () => {
  const configs: [string, TrainParams][] = [
    ['the article (gd, forward)', { ...articleRun, epochs: 30 }],
    ['reverse mode', { ...articleRun, epochs: 30, gradient: { method: 'reverse', steps: 10 } }],
    ['momentum', { ...articleRun, epochs: 30, optimizer: { kind: 'momentum', mu: 0.7 } }],
    ['Adam, sequential', { ...articleRun, epochs: 30, optimizer: { kind: 'adam' }, update: 'sequential' }],
    ['a clamped start', { ...articleRun, theta0: [0.6, 0], beta: 0.05, epochs: 30 }],
  ];
  for (const [name, params] of configs) {
    it(`nextTheta equals history[k+1].theta exactly (${name})`, () => {
      const run = train(params);
      for (const k of [0, 1, 7, 29]) {
        const d = stepInto(params, run, k);
        expect(d.theta).toEqual(run.history[k]!.theta);
        expect(d.grad).toEqual(run.history[k]!.grad);
        expect(d.nextTheta).toEqual(run.history[k + 1]!.theta);
        expect(d.clamped).toEqual(run.history[k + 1]!.clamped);
      }
    });
  }

  it('the contributions sum to the gradient, and each is −2·residual·dh', () => {
    const d = stepIntoAt(articleRun, [2.7, 0]);
    const sum = [0, 0];
    for (const s of d.samples) {
      expect(s.residual).toBe(s.y - s.h);
      s.contribution.forEach((c, j) => {
        expect(c).toBe(-2 * s.residual * s.dh[j]!);
        sum[j]! += c;
      });
    }
    expect(d.grad).toEqual(sum);
  });

  it('records inner iterates up to max(N, M): h is inner[N].g, forward dh is inner[M].dg', () => {
    const d = stepIntoAt(articleRun, [2.7, 0]);
    for (const s of d.samples) {
      expect(s.inner).toHaveLength(21);
      expect(s.inner[0]).toMatchObject({ n: 0, g: 2, dg: [0, 0] });
      expect(s.inner[20]!.g).toBeCloseTo(s.h, 12);
      s.inner[10]!.dg.forEach((g, j) => expect(g).toBeCloseTo(s.dh[j]!, 12));
    }
  });

  it('rejects k outside the history', () => {
    const run = train({ ...articleRun, epochs: 3 });
    expect(() => stepInto(articleRun, run, 4)).toThrow('k must be an integer from 0 to 3 (got 4)');
  });
});
