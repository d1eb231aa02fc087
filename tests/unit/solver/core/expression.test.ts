import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variable } from '../../../../src/solver/core/dual.ts';
import { compile, evaluatePlain, printExpr, type Expr } from '../../../../src/solver/core/expression.ts';
import { derivative } from '../../../../src/solver/core/exprDerivative.ts';
import { exprTex } from '../../../../src/solver/core/expressionTex.ts';
import { parseExpression } from '../../../../src/solver/core/parseExpression.ts';
import { typedModel, type CustomModel } from '../../../../src/solver/core/typedModel.ts';
import { cubicModel, linearModel, tanhModel, type Model } from '../../../../src/solver/index.ts';
import { expectClose } from '../helpers.ts';

const points = { ys: [-2, -1, 0, 1, 2], theta: [2, -4] };

function typed(source: string): CustomModel {
  const r = typedModel(source, points);
  if (!r.ok) throw new Error(`${source}: ${r.problem.kind}`);
  return r.value;
}

function tree(source: string): Expr {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(`${source}: ${r.problem.kind}`);
  return r.value;
}

const at = (m: Model, y: number, a: number, b: number) =>
  m.f(variable(y, 0, 3), [variable(a, 1, 3), variable(b, 2, 3)]);

/** Generated trees: arithmetic, the allowed functions on bounded arguments, small integer powers. */
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Expr>({ kind: 'var', name: 'y' }, { kind: 'var', name: 'a' }, { kind: 'var', name: 'b' }),
    fc.double({ min: 0.25, max: 3, noNaN: true }).map((v): Expr => ({ kind: 'num', value: Math.round(v * 4) / 4 })),
    tie('e').map((arg): Expr => ({ kind: 'neg', arg })),
    fc
      .tuple(fc.constantFrom('+', '-', '*') as fc.Arbitrary<'+' | '-' | '*'>, tie('e'), tie('e'))
      .map(([op, left, right]): Expr => ({ kind: 'bin', op, left, right })),
    // a quotient whose denominator stays ≥ 1: u / (1 + v^2)
    fc.tuple(tie('e'), tie('e')).map(([left, v]): Expr => ({
      kind: 'bin',
      op: '/',
      left,
      right: {
        kind: 'bin',
        op: '+',
        left: { kind: 'num', value: 1 },
        right: { kind: 'bin', op: '^', left: v, right: { kind: 'num', value: 2 } },
      },
    })),
    fc
      .tuple(tie('e'), fc.integer({ min: 2, max: 3 }))
      .map(([left, p]): Expr => ({ kind: 'bin', op: '^', left, right: { kind: 'num', value: p } })),
    fc
      .tuple(fc.constantFrom('sin', 'cos', 'tanh') as fc.Arbitrary<'sin' | 'cos' | 'tanh'>, tie('e'))
      .map(([fn, arg]): Expr => ({ kind: 'call', fn, arg })),
    // exp, log and sqrt on arguments that keep them finite: exp(tanh(u)), log(1 + u^2), sqrt(2 + sin(u))
    tie('e').map((u): Expr => ({ kind: 'call', fn: 'exp', arg: { kind: 'call', fn: 'tanh', arg: u } })),
    tie('e').map((u): Expr => ({
      kind: 'call',
      fn: 'log',
      arg: {
        kind: 'bin',
        op: '+',
        left: { kind: 'num', value: 1 },
        right: { kind: 'bin', op: '^', left: u, right: { kind: 'num', value: 2 } },
      },
    })),
    tie('e').map((u): Expr => ({
      kind: 'call',
      fn: 'sqrt',
      arg: { kind: 'bin', op: '+', left: { kind: 'num', value: 2 }, right: { kind: 'call', fn: 'sin', arg: u } },
    })),
  ),
})).e;

const point = fc.record({
  y: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
  a: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
  b: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
});

describe('typed models: parsing', () => {
  it('reads the four example models and prints them back', () => {
    for (const s of ['a*tanh(y)+b', 'a*y^3+b*y', 'a*sin(y)+b', 'a*y+b*y^2']) expect(printExpr(tree(s))).toBe(s);
  });

  it('gives ^ its mathematical meaning: right-associative, above a unary minus, ** as a synonym', () => {
    expect(evaluatePlain(tree('-y^2'), 3, [0, 0])).toBe(-9);
    expect(evaluatePlain(tree('(-y)^2'), 3, [0, 0])).toBe(9);
    expect(evaluatePlain(tree('2^3^2'), 0, [0, 0])).toBe(512);
    expect(evaluatePlain(tree('y**2/4'), 3, [0, 0])).toBe(2.25);
    expect(evaluatePlain(tree('y^(1/2)'), 9, [0, 0])).toBe(3);
  });

  it('prints any tree so that it parses back to the same tree', () => {
    fc.assert(
      fc.property(exprArb, (e) => {
        expect(printExpr(tree(printExpr(e)))).toBe(printExpr(e));
      }),
    );
  });

  it('writes KaTeX for the equation', () => {
    expect(exprTex(tree('a*sin(y)+b'))).toBe('a\\,\\sin\\left(y\\right) + b');
    expect(exprTex(tree('a*y^3/(1+y^2)'))).toBe('\\frac{a\\,y^{3}}{1 + y^{2}}');
    expect(exprTex(tree('-sqrt(y)*2'))).toBe('\\left(-\\sqrt{y}\\right) \\cdot 2');
  });
});

describe('typed models: derivatives', () => {
  it('equal the built-in models exactly when typed the same way', () => {
    const pairs: [string, Model][] = [
      ['a*y+b', linearModel],
      ['a*tanh(y)+b', tanhModel],
      ['a*y^3+b*y', cubicModel],
    ];
    fc.assert(
      fc.property(point, ({ y, a, b }) => {
        for (const [s, m] of pairs) expect(at(typed(s), y, a, b)).toEqual(at(m, y, a, b));
      }),
    );
  });

  it('match finite differences on generated trees (∂f/∂y, ∂f/∂a, ∂f/∂b, ∂²f/∂y², ∂²f/∂y∂a, ∂²f/∂y∂b)', () => {
    fc.assert(
      fc.property(exprArb, point, (e, { y, a, b }) => {
        const m = { f: compile(e) } as unknown as Model;
        const d = at(m, y, a, b);
        fc.pre([d.v, ...d.d, ...d.h].every((v) => Number.isFinite(v) && Math.abs(v) < 1e4));
        const f = (yy: number, aa: number, bb: number) => evaluatePlain(e, yy, [aa, bb]);
        const fy = (yy: number, aa: number, bb: number) => at(m, yy, aa, bb).d[0] as number;
        const h = 1e-5;
        const central = (g: (s: number) => number) => (g(h) - g(-h)) / (2 * h);
        const tol = 1e-5;
        expectClose(d.v, f(y, a, b), 1e-12);
        expectClose(
          d.d[0]!,
          central((s) => f(y + s, a, b)),
          tol,
        );
        expectClose(
          d.d[1]!,
          central((s) => f(y, a + s, b)),
          tol,
        );
        expectClose(
          d.d[2]!,
          central((s) => f(y, a, b + s)),
          tol,
        );
        expectClose(
          d.h[0]!,
          central((s) => fy(y + s, a, b)),
          tol,
        );
        expectClose(
          d.h[1]!,
          central((s) => fy(y, a + s, b)),
          tol,
        );
        expectClose(
          d.h[2]!,
          central((s) => fy(y, a, b + s)),
          tol,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('typed models: symbolic derivatives (for the numpy notebook)', () => {
  it('equal the dual numbers on generated trees', () => {
    fc.assert(
      fc.property(exprArb, point, (e, { y, a, b }) => {
        const d = at({ f: compile(e) } as unknown as Model, y, a, b);
        fc.pre([d.v, ...d.d, ...d.h].every((v) => Number.isFinite(v) && Math.abs(v) < 1e6));
        const fy = derivative(e, 'y');
        const sym = [derivative(e, 'y'), derivative(e, 'a'), derivative(e, 'b')].map((t) =>
          evaluatePlain(t, y, [a, b]),
        );
        const second = [derivative(fy, 'y'), derivative(fy, 'a'), derivative(fy, 'b')].map((t) =>
          evaluatePlain(t, y, [a, b]),
        );
        sym.forEach((v, j) => expectClose(v, d.d[j]!, 1e-9));
        second.forEach((v, j) => expectClose(v, d.h[j]!, 1e-9));
      }),
      { numRuns: 300 },
    );
  });
});
