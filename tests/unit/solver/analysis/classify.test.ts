import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleTraining, classifyRun, invert, train, type RunPoint } from '../../../../src/solver/index.ts';

/** Records of the scalar iteration x(n) = x* + cⁿ·e0 on L = (x − x*)², as a run would give them. */
function geometric(c: number, e0: number, xStar: number, count: number): RunPoint[] {
  return Array.from({ length: count }, (_, n) => {
    const e = e0 * c ** n;
    return { x: [xStar + e], value: e * e, grad: [2 * e] };
  });
}

/** A cycle through `points` repeated `laps` times. */
function cycle(points: number[][], laps: number): RunPoint[] {
  return Array.from({ length: points.length * laps }, (_, i) => {
    const x = points[i % points.length] as number[];
    return { x, value: 1 + x.reduce((s, v) => s + v * v, 0), grad: x.map((v) => 2 * v) };
  });
}

const inversionPoints = (r: ReturnType<typeof invert>): RunPoint[] =>
  r.steps.map((s) => ({ x: [s.y], value: s.loss, grad: [s.grad] }));
const trainingPoints = (r: ReturnType<typeof train>, k = r.history.length - 1): RunPoint[] =>
  r.history.slice(0, k + 1).map((s) => ({ x: s.theta, value: s.T, grad: s.grad }));

describe('classifyRun: properties over random runs', () => {
  it('a contraction (|c| ≤ 0.9) is converging or converged, and a zig-zag in is marked alternating', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.9, max: 0.9, noNaN: true }).filter((c) => Math.abs(c) > 0.05),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.integer({ min: 4, max: 40 }),
        (c, e0, xStar, count) => {
          const v = classifyRun(geometric(c, e0, xStar, count));
          expect(['converging', 'converged']).toContain(v.kind);
          if (v.kind === 'converging' && c < 0) expect(v.alternating).toBe(true);
        },
      ),
    );
  });

  it('an expansion (|c| ≥ 1.1) is diverging', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.1, max: 3, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        (size, flip, e0) => {
          const c = flip ? -size : size;
          expect(classifyRun(geometric(c, e0, 0, 40)).kind).toBe('diverging');
        },
      ),
    );
  });

  it('a cycle of period p (2…6) through distinct points is oscillating with that period', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((p) => fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: p, maxLength: p })),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (ints, size) => {
          const points = ints.map((i) => [i * size, -i * size]);
          const v = classifyRun(cycle(points, 6));
          expect(v.kind).toBe('oscillating');
          expect(v.period).toBe(ints.length);
        },
      ),
    );
  });

  it('does not depend on the units: scaling x by s and values by s² keeps the verdict', () => {
    fc.assert(
      fc.property(
        fc
          .double({ min: -1.5, max: 1.5, noNaN: true })
          .filter((c) => Math.abs(c) > 0.05 && Math.abs(Math.abs(c) - 1) > 0.05),
        fc.integer({ min: 1, max: 40 }),
        (c, power) => {
          const s = 2 ** power;
          const base = geometric(c, 5, 100, 30);
          const scaled = base.map((p) => ({
            x: p.x.map((v) => v * s),
            value: p.value * s * s,
            grad: p.grad.map((g) => g * s),
          }));
          expect(classifyRun(scaled).kind).toBe(classifyRun(base).kind);
        },
      ),
    );
  });

  it('a run that stopped moving is converged when the gradient agrees, stuck when step·gradient says it should move', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (x, g) => {
          const still = Array.from({ length: 10 }, () => ({ x: [x], value: 1, grad: [0] }));
          expect(classifyRun(still, { step: 0.1 }).kind).toBe('converged');
          const held = still.map((p) => ({ ...p, grad: [g * Math.max(1, Math.abs(x))] }));
          expect(classifyRun(held, { step: 0.1 }).kind).toBe('stuck');
        },
      ),
    );
  });
});

describe('classifyRun: properties over random solver runs', () => {
  it('an inversion of a random line agrees with c = 1 − 2αa²: |c| ≤ 0.95 converges, c < −1.05 diverges', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 1.2, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (a, b, share, y0) => {
          const alpha = share / (a * a);
          const c = 1 - 2 * share;
          fc.pre(Math.abs(Math.abs(c) - 1) > 0.05 && Math.abs(y0 - -b / a) > 1e-3);
          const r = invert({ model: 'linear', theta: [a, b], x: 0, alpha, steps: 30, y0 });
          const v = classifyRun(inversionPoints(r), { step: alpha });
          if (Math.abs(c) < 1) expect(['converging', 'converged']).toContain(v.kind);
          else expect(v.kind).toBe('diverging');
        },
      ),
    );
  });
});

describe('classifyRun: the runs the lessons describe', () => {
  const base = articleTraining();

  it('lesson 9, clamp off from a0 = 0.3: a period-2 oscillation, not a flat spot', () => {
    const v = classifyRun(trainingPoints(train({ ...base, theta0: [0.3, 0], clamp: null })), { step: base.beta });
    expect(v).toMatchObject({ kind: 'oscillating', period: 2 });
  });

  it('lesson 9, clamp on from a0 = 0.3: a is held by the clamp', () => {
    const v = classifyRun(trainingPoints(train({ ...base, theta0: [0.3, 0] })), { step: base.beta });
    expect(v).toMatchObject({ kind: 'stuck', held: [0] });
  });

  it('lesson 8, N = 5 after 2500 updates: a plateau (still moving), not converged', () => {
    const run = train({ ...base, inner: { alpha: 0.05, steps: 5, y0: 2 }, gradient: { method: 'forward', steps: 5 } });
    expect(classifyRun(trainingPoints(run), { step: base.beta }).kind).toBe('plateau');
  });

  it('the article run is converged by update 2500 and still converging at update 1000', () => {
    const run = train(base);
    expect(classifyRun(trainingPoints(run), { step: base.beta }).kind).toBe('converged');
    expect(classifyRun(trainingPoints(run, 1000), { step: base.beta }).kind).toBe('converging');
  });

  it('inversion at α = 0.25 (c = −1) is a bounded 2-cycle; α = 0.3 diverges; α = 0.2 zig-zags in', () => {
    const inv = (alpha: number, steps = 20) =>
      classifyRun(inversionPoints(invert({ model: 'linear', theta: [2, -4], x: 0, alpha, steps, y0: 8 })), {
        step: alpha,
      });
    expect(inv(0.25)).toMatchObject({ kind: 'oscillating', period: 2 });
    expect(inv(0.3).kind).toBe('diverging');
    expect(inv(0.2)).toMatchObject({ kind: 'converging', alternating: true });
  });

  it('inversion with a = 1e−7 crawls (plateau): it has not converged at y ≈ 1e−13 when y* = 1', () => {
    const r = invert({ model: 'linear', theta: [1e-7, 0], x: 1e-7, alpha: 0.05, steps: 200, y0: 0 });
    expect(classifyRun(inversionPoints(r), { step: 0.05 }).kind).toBe('plateau');
  });
});
