import { describe, expect, it } from 'vitest';
import { articleData, makeData, train } from '../../../../src/solver';
import { typedModel } from '../../../../src/solver/core/typedModel';
import { formatFixed } from '../../../../src/words/format';
import { defaults, valuesOf } from '../../../../components/widgets/runtime/params';
import { computeTraining, trainingData, trainingParams } from '../../../../components/widgets/training/compute';
import { MAIN_THREAD_MS, trainingEstimate } from '../../../../components/widgets/training/cost';
import { trainingTable } from '../../../../components/widgets/training/table';
import { trainingBadge, trainingText } from '../../../../components/widgets/training/text';

const base = defaults(trainingTable);

describe('training compute', () => {
  it('the defaults are the article’s run on the article’s five pairs', () => {
    expect(trainingData(base)).toEqual(articleData());
    const p = trainingParams(base);
    expect(p).toMatchObject({ model: 'linear', theta0: [2.7, 0], beta: 0.005, epochs: 2500 });
    expect(p.inner).toEqual({ alpha: 0.05, steps: 20, y0: 2 });
    expect(p.gradient).toEqual({ method: 'forward', steps: 10 });
    expect(p.clamp).toEqual([[0.5, Infinity], null]);
  });

  it('noise or another sample count draws a new dataset; the clamp switch removes the clamp', () => {
    expect(trainingData({ ...base, sigma: 0.5 })).not.toEqual(articleData());
    expect(trainingData({ ...base, count: 8 }).x).toHaveLength(8);
    expect(trainingParams({ ...base, clamp: false }).clamp).toBeNull();
  });

  it('the reader’s own points replace the lesson’s data and its sample count; a refused set throws its words', () => {
    const own = { ...base, data: '-2:-7,0.5:-3,2:0.5', sigma: 0.5, count: 8 };
    expect(trainingData(own)).toEqual({ y: [-2, 0.5, 2], x: [-7, -3, 0.5] });
    expect(trainingEstimate(own).figure).toContain('× 3 samples');
    expect(() => trainingData({ ...base, data: '1:2,1:3' })).toThrow('All points sit at the same y = 1');
  });

  it('records the solver’s run, and reports progress as a share that grows', () => {
    const shares: number[] = [];
    const run = computeTraining({ ...base, epochs: 100 }, (s) => shares.push(s));
    expect(run.result.history).toEqual(train(trainingParams({ ...base, epochs: 100 })).history);
    expect(shares.length).toBeGreaterThan(0);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.every((s) => s > 0 && s <= 1)).toBe(true);
  });
});

describe('training cost', () => {
  it('the cost grows with updates, steps and samples; a large run names the parameters to lower', () => {
    const small = trainingEstimate({ ...base, epochs: 10 });
    expect(small.ms).toBeLessThanOrEqual(MAIN_THREAD_MS);
    const big = trainingEstimate({ ...base, epochs: 5000, N: 200, count: 50 });
    expect(big.ms).toBeGreaterThan(10 * trainingEstimate(base).ms);
    expect(big.lower).toContain('Inner steps N (now 200)');
    expect(trainingEstimate({ ...base, method: 'finite-difference' }).lower).toContain('forward gradient method');
  });
});

describe('training text', () => {
  const run = computeTraining({ ...base, epochs: 20 });

  it('fills update k’s slots from the records k and k+1, and the last update from the one before', () => {
    const h = run.result.history;
    const t = trainingText(run, 3);
    expect(t.slots.k).toBe('3');
    expect(t.slots.k1).toBe('4');
    expect(t.readout[0]).toEqual(['k', '3']);
    expect(trainingText(run, h.length - 1).slots.k).toBe(String(h.length - 2));
    expect(trainingText(run, 999)).toEqual({ slots: {}, equation: '', readout: [], narration: '' });
  });

  /** A reader's typed model trained at the article's settings, as the widget trains it. */
  const typedRun = (f: string) => {
    const typed = typedModel(f, { ys: [-2, -1, 0, 1, 2], theta: [2, -4] });
    if (!typed.ok) throw new Error(typed.problem.kind);
    const params = trainingParams(valuesOf(trainingTable, base));
    const data = makeData({ model: typed.value, theta: [2, -4], count: 5, sigma: 0, seed: 1 });
    const p = { ...params, model: typed.value, data };
    return { params: p, result: train(p), data, truthCurve: [] };
  };

  it('a run that blows up at update 1 ends update 0’s equation on the θ(1) it computed, not "diverged"', () => {
    // a*y + b*y², typed by a reader, at the article's settings: θ(1) is finite, the inversion at it is not.
    const { params: p, result } = typedRun('a*y+b*y^2');
    expect(result.divergedAt).toBe(1);
    expect(result.failure?.kind).not.toBe('escaped');
    const h0 = result.history[0]!;
    const theta1 = h0.theta.map((t, i) => t - p.beta * h0.grad[i]!);
    const t = trainingText({ params: p, result, data: p.data, truthCurve: [] }, 0);
    expect(t.slots.anext).toBe(formatFixed(theta1[0]));
    expect(t.slots.bnext).toBe(formatFixed(theta1[1]));
    expect(t.equation).not.toMatch(/diverged/);
  });

  it('a run that blows up at θ(0) shows θ(0) and says its gradient is not a number, leaving no opening numbers', () => {
    // a*y³ + b*y: the inversion already blows up at θ(0) = (2.7, 0).
    const run = typedRun('a*y^3+b*y');
    expect(run.result.divergedAt).toBe(0);
    expect(run.result.history).toHaveLength(0);
    const t = trainingText(run, 0);
    expect(t.slots).toMatchObject({
      k: '0',
      a: '2.7000',
      b: '0.0000',
      ga: 'diverged',
      gb: 'diverged',
      anext: 'diverged',
    });
    expect(t.readout).toContainEqual(['T(θ)', 'diverged']);
    expect(t.equation).toMatch(/not finite numbers at θ\(0\)/);
  });

  it('the badge follows the solver: converging during the run, converged once T stops moving', () => {
    expect(trainingBadge(run, 20).tone).not.toBe('diverged');
    expect(trainingBadge(computeTraining({ ...base, beta: 0.1, epochs: 200 }), 200).tone).toBe('converged');
  });
});
