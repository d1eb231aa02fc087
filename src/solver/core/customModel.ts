/**
 * A typed model as a solver {@link Model}: the tree compiled to dual numbers
 * (so inversion, training, step-into and the four gradient methods use it
 * unchanged), after the checks a reader needs to hear about: f must depend on
 * y and on θ, and f and its derivatives must be finite at the data.
 */
import { variable, type Dual } from './dual.ts';
import { compile, evaluatePlain, namesUsed, printExpr, type Expr } from './expression.ts';
import { exprTex } from './expressionTex.ts';
import type { Checked, ModelProblem } from './modelProblem.ts';
import type { Model } from './types.ts';

/** A model typed by the reader; `source` is what was typed, kept for the URL. */
export interface CustomModel extends Model {
  name: 'custom';
  source: string;
  expr: Expr;
}

/** Where the checks evaluate f: the data's latent values and the current θ. */
export interface ModelCheckPoints {
  ys: readonly number[];
  theta: readonly number[];
}

/** θ values, besides the current one, at which dependence on y, a and b is probed. */
const PROBE_THETAS: readonly (readonly number[])[] = [
  [1.3, -0.7],
  [-0.8, 1.9],
];
const PROBE_YS = [-1.7, -0.45, 0.3, 1.1, 2.35];

function dualAt(f: (y: Dual, theta: Dual[]) => Dual, y: number, theta: readonly number[]): Dual {
  return f(variable(y, 0, 3), [variable(theta[0] as number, 1, 3), variable(theta[1] as number, 2, 3)]);
}

/** The first fault of plain evaluation at (y, θ): a zero divisor, a domain error or an overflow. */
export function faultAt(e: Expr, y: number, theta: readonly number[]): ModelProblem | null {
  if (e.kind === 'num' || e.kind === 'var') return null;
  const inner = e.kind === 'bin' ? (faultAt(e.left, y, theta) ?? faultAt(e.right, y, theta)) : faultAt(e.arg, y, theta);
  if (inner) return inner;
  if (e.kind === 'bin' && e.op === '/' && evaluatePlain(e.right, y, theta) === 0) {
    return { kind: 'division-by-zero', y };
  }
  const v = evaluatePlain(e, y, theta);
  if (Number.isNaN(v)) return { kind: 'domain', y };
  if (Number.isFinite(v)) return null;
  const zeroBase = e.kind === 'bin' && e.op === '^' && evaluatePlain(e.left, y, theta) === 0;
  return zeroBase ? { kind: 'division-by-zero', y } : { kind: 'overflow', y };
}

/** The first problem of f at the check points, or null when f is usable there. */
export function checkAt(e: Expr, points: ModelCheckPoints): ModelProblem | null {
  const f = compile(e);
  for (const y of points.ys) {
    const fault = faultAt(e, y, points.theta);
    if (fault) return fault;
    const d = dualAt(f, y, points.theta);
    const parts = [d.v, ...d.d, ...d.h];
    if (!parts.every(Number.isFinite)) return { kind: 'infinite-derivative', y };
  }
  return null;
}

/** Whether f changes with y and with θ, from the tree and from its derivatives at probe points. */
export function dependence(e: Expr, points: ModelCheckPoints): { y: boolean; theta: boolean } {
  const used = namesUsed(e);
  const f = compile(e);
  let y = false;
  let theta = false;
  for (const th of [points.theta, ...PROBE_THETAS]) {
    for (const yy of [...points.ys, ...PROBE_YS]) {
      const d = dualAt(f, yy, th);
      if (Number.isFinite(d.d[0]) && d.d[0] !== 0) y = true;
      if ([d.d[1], d.d[2]].some((g) => Number.isFinite(g) && g !== 0)) theta = true;
    }
  }
  return { y: y && used.has('y'), theta: theta && (used.has('a') || used.has('b')) };
}

/** The tree as a solver model after every check, or the first problem. */
export function customModel(source: string, e: Expr, points: ModelCheckPoints): Checked<CustomModel> {
  const dep = dependence(e, points);
  if (!dep.y) return { ok: false, problem: { kind: 'no-y' } };
  if (!dep.theta) return { ok: false, problem: { kind: 'no-theta' } };
  const fault = checkAt(e, points);
  if (fault) return { ok: false, problem: fault };
  const printed = printExpr(e);
  const f = compile(e);
  return {
    ok: true,
    value: {
      name: 'custom',
      source: source.trim(),
      expr: e,
      label: `f(y) = ${printed}`,
      tex: `f_\\theta(y) = ${exprTex(e)}`,
      thetaNames: ['a', 'b'],
      note: 'Your own model: the solver differentiates it exactly with dual numbers, as it does the built-in ones.',
      f,
    },
  };
}
