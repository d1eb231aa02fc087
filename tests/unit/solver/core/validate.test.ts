import { describe, expect, it } from 'vitest';
import {
  compareGradients,
  invert,
  invertSteps,
  landscape,
  MAX_STEPS,
  train,
  trainSteps,
  type InversionParams,
  type TrainParams,
} from '../../../../src/solver/index.ts';
import { articleRun } from '../helpers.ts';

const inversion: InversionParams = { model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 7 };
/** Calls with deliberately malformed input, as a URL or a widget might pass it. */
const bad = <T>(p: T, patch: Record<string, unknown>): T => ({ ...p, ...patch }) as T;

describe('validation', () => {
  it('MAX_STEPS is 100000', () => expect(MAX_STEPS).toBe(100_000));

  const inversionCases: [string, Record<string, unknown>, ErrorConstructor, string][] = [
    ['alpha ≤ 0', { alpha: -1 }, RangeError, 'alpha must be a finite number > 0 (got -1)'],
    ['alpha = 0', { alpha: 0 }, RangeError, 'alpha must be a finite number > 0 (got 0)'],
    ['alpha NaN', { alpha: NaN }, RangeError, 'alpha must be a finite number > 0 (got NaN)'],
    ['alpha a string', { alpha: '0.1' }, TypeError, 'alpha must be a finite number > 0 (got "0.1")'],
    ['x infinite', { x: Infinity }, RangeError, 'x must be a finite number (got Infinity)'],
    ['y0 NaN', { y0: NaN }, RangeError, 'y0 must be a finite number (got NaN)'],
    ['steps not an integer', { steps: 2.5 }, RangeError, 'steps must be an integer from 0 to 100000 (got 2.5)'],
    ['steps negative', { steps: -1 }, RangeError, 'steps must be an integer from 0 to 100000 (got -1)'],
    ['steps above the cap', { steps: 100_001 }, RangeError, 'steps must be an integer from 0 to 100000 (got 100001)'],
    [
      'theta of the wrong length',
      { theta: [1] },
      RangeError,
      'theta must be an array of 2 finite numbers [a, b] (got [1])',
    ],
    ['theta with NaN', { theta: [1, NaN] }, RangeError, 'theta[1] (b) must be a finite number (got NaN)'],
    [
      'unknown model',
      { model: 'quartic' },
      TypeError,
      "model must be one of 'linear', 'tanh', 'cubic' (got \"quartic\")",
    ],
    [
      'momentum mu ≥ 1',
      { momentum: { kind: 'heavy-ball', mu: 1 } },
      RangeError,
      'momentum.mu must be a finite number in [0, 1) (got 1)',
    ],
    [
      'momentum mu < 0',
      { momentum: { kind: 'nesterov', mu: -0.1 } },
      RangeError,
      'momentum.mu must be a finite number in [0, 1) (got -0.1)',
    ],
    [
      'unknown momentum',
      { momentum: { kind: 'adagrad', mu: 0.5 } },
      TypeError,
      "momentum.kind must be one of 'heavy-ball', 'nesterov' (got \"adagrad\")",
    ],
    ['negative tol', { tol: -1 }, RangeError, 'tol must be a finite number ≥ 0 (got -1)'],
  ];
  for (const [rule, patch, type, message] of inversionCases) {
    it(`invert rejects ${rule}`, () => {
      expect(() => invert(bad(inversion, patch))).toThrow(type);
      expect(() => invert(bad(inversion, patch))).toThrow(message);
    });
  }

  const trainingCases: [string, Record<string, unknown>, ErrorConstructor, string][] = [
    ['beta ≤ 0', { beta: 0 }, RangeError, 'beta must be a finite number > 0 (got 0)'],
    ['epochs not an integer', { epochs: 1.5 }, RangeError, 'epochs must be an integer from 0 to 100000 (got 1.5)'],
    ['epochs above the cap', { epochs: 1e6 }, RangeError, 'epochs must be an integer from 0 to 100000 (got 1000000)'],
    [
      'inner alpha ≤ 0',
      { inner: { alpha: -0.05, steps: 20, y0: 2 } },
      RangeError,
      'inner.alpha must be a finite number > 0 (got -0.05)',
    ],
    [
      'inner steps negative',
      { inner: { alpha: 0.05, steps: -2, y0: 2 } },
      RangeError,
      'inner.steps must be an integer from 0 to 100000 (got -2)',
    ],
    [
      'gradient steps not an integer',
      { gradient: { method: 'forward', steps: 0.5 } },
      RangeError,
      'gradient.steps must be an integer from 0 to 100000 (got 0.5)',
    ],
    [
      'unknown method',
      { gradient: { method: 'symbolic' } },
      TypeError,
      "gradient.method must be one of 'forward', 'reverse', 'implicit', 'finite-difference' (got \"symbolic\")",
    ],
    [
      'finite-difference step ≤ 0',
      { gradient: { method: 'finite-difference', h: 0 } },
      RangeError,
      'gradient.h must be a finite number > 0 (got 0)',
    ],
    ['empty data', { data: { x: [], y: [] } }, RangeError, 'data must hold at least 1 sample (got 0)'],
    [
      'x and y of different lengths',
      { data: { x: [1, 2], y: [1] } },
      RangeError,
      'data.x and data.y must have the same length (got 2 and 1)',
    ],
    [
      'non-finite data',
      { data: { x: [1, NaN], y: [1, 2] } },
      RangeError,
      'data.x[1] must be a finite number (got NaN)',
    ],
    [
      'clamp min > max',
      { clamp: [[1, 0], null] },
      RangeError,
      'clamp[0] (a) must be [min, max] of numbers (±Infinity allowed) with min ≤ max (got [1, 0])',
    ],
    [
      'clamp of the wrong length',
      { clamp: [[0.5, Infinity]] },
      RangeError,
      'clamp must have one [min, max] pair or null per θ component (2)',
    ],
    [
      'unknown optimizer',
      { optimizer: { kind: 'rmsprop' } },
      TypeError,
      "optimizer.kind must be one of 'gd', 'momentum', 'adam' (got \"rmsprop\")",
    ],
    [
      'optimizer mu ≥ 1',
      { optimizer: { kind: 'momentum', mu: 1.5 } },
      RangeError,
      'optimizer.mu must be a finite number in [0, 1) (got 1.5)',
    ],
    [
      'Adam beta1 ≥ 1',
      { optimizer: { kind: 'adam', beta1: 1 } },
      RangeError,
      'optimizer.beta1 must be a finite number in [0, 1) (got 1)',
    ],
    [
      'unknown update',
      { update: 'random' },
      TypeError,
      "update must be one of 'simultaneous', 'sequential' (got \"random\")",
    ],
    ['unknown model', { model: 'quartic' }, TypeError, "model must be one of 'linear', 'tanh', 'cubic'"],
    [
      'theta0 of the wrong length',
      { theta0: [1, 2, 3] },
      RangeError,
      'theta0 must be an array of 2 finite numbers [a, b] (got [1, 2, 3])',
    ],
  ];
  for (const [rule, patch, type, message] of trainingCases) {
    it(`train rejects ${rule}`, () => {
      expect(() => train(bad<TrainParams>(articleRun, patch))).toThrow(type);
      expect(() => train(bad<TrainParams>(articleRun, patch))).toThrow(message);
    });
  }

  it('compareGradients and landscape validate their inputs too', () => {
    const base = { model: 'linear' as const, data: articleRun.data, inner: articleRun.inner };
    expect(() => compareGradients({ ...base, theta: [2, -4], gradientSteps: -1 })).toThrow(
      'gradient.steps must be an integer from 0 to 100000 (got -1)',
    );
    const l = {
      ...base,
      aRange: [0.5, 3.5] as [number, number],
      bRange: [-6, 2] as [number, number],
      size: [10, 10] as [number, number],
    };
    expect(() => landscape({ ...l, size: [1, 10] })).toThrow('size[0] must be an integer from 2 to 1000 (got 1)');
    expect(() => landscape({ ...l, aRange: [3, 1] })).toThrow(
      'aRange must be [min, max] of finite numbers with min ≤ max (got [3, 1])',
    );
  });
});

describe('generators', () => {
  it('invertSteps and trainSteps validate before the first step', () => {
    expect(() => invertSteps(bad(inversion, { alpha: 0 }))).toThrow('alpha must be a finite number > 0 (got 0)');
    expect(() => trainSteps(bad<TrainParams>(articleRun, { beta: -1 }))).toThrow(
      'beta must be a finite number > 0 (got -1)',
    );
  });
});
