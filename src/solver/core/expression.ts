/**
 * A typed model f_θ(y) as a small tree over y, a and b, and its compilation
 * into the dual-number functions every solver path uses (models.ts). The tree
 * is built by parseExpression.ts (which loads the parser); this file has no
 * parser in it, so a page that only evaluates trees stays small. Nothing here
 * uses eval or new Function: a tree becomes nested closures over dual.ts.
 */
import { add, chain, constant, cos, div, exp, mul, neg, pow, sin, sub, tanh, type Dual } from './dual.ts';

/** The names a typed model may use: the latent y and the parameters θ = (a, b). */
export const VARIABLES = ['y', 'a', 'b'] as const;
export type VariableName = (typeof VARIABLES)[number];

/** The functions a typed model may call, each with one argument. */
export const FUNCTIONS = ['sin', 'cos', 'tanh', 'exp', 'log', 'sqrt'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** The binary operators; ^ is the power, right-associative (y^2^3 = y^(2^3)). */
export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/** A parsed f_θ(y). */
export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'var'; name: VariableName }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call'; fn: FunctionName; arg: Expr };

/** log(u): log' = 1/u, log'' = −1/u². */
function log(a: Dual): Dual {
  return chain(a, Math.log(a.v), 1 / a.v, -1 / (a.v * a.v));
}

/** √u: √' = 1/(2√u), √'' = −1/(4·u·√u). */
function sqrt(a: Dual): Dual {
  const s = Math.sqrt(a.v);
  return chain(a, s, 1 / (2 * s), -1 / (4 * a.v * s));
}

const DUAL_FUNCTIONS: Record<FunctionName, (a: Dual) => Dual> = { sin, cos, tanh, exp, log, sqrt };

/** The names of the variables the tree mentions. */
export function namesUsed(e: Expr, out = new Set<VariableName>()): Set<VariableName> {
  if (e.kind === 'var') out.add(e.name);
  else if (e.kind === 'neg' || e.kind === 'call') namesUsed(e.arg, out);
  else if (e.kind === 'bin') {
    namesUsed(e.left, out);
    namesUsed(e.right, out);
  }
  return out;
}

/** The value of a tree without variables (an exponent such as 1/2), or null when it has some. */
export function constantValue(e: Expr): number | null {
  if (namesUsed(e).size > 0) return null;
  return evaluatePlain(e, 0, [0, 0]);
}

/** f at plain numbers (no derivatives): for exponents and for the notebook's cross-checks. */
export function evaluatePlain(e: Expr, y: number, theta: readonly number[]): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return e.name === 'y' ? y : (theta[e.name === 'a' ? 0 : 1] as number);
    case 'neg':
      return -evaluatePlain(e.arg, y, theta);
    case 'call':
      return DUAL_FUNCTIONS[e.fn](constant(evaluatePlain(e.arg, y, theta), 0)).v;
    case 'bin': {
      const l = evaluatePlain(e.left, y, theta);
      const r = evaluatePlain(e.right, y, theta);
      if (e.op === '+') return l + r;
      if (e.op === '-') return l - r;
      if (e.op === '*') return l * r;
      if (e.op === '/') return l / r;
      return l ** r;
    }
  }
}

/** A compiled tree: f(y, θ) over duals, with y as variable 0 and θⱼ as variable j + 1. */
export type DualFunction = (y: Dual, theta: Dual[]) => Dual;

/**
 * The tree as nested closures over dual.ts. An exponent must be constant
 * (parseExpression.ts rejects others before this is called).
 * @throws RangeError when an exponent depends on y, a or b.
 */
export function compile(e: Expr): DualFunction {
  switch (e.kind) {
    case 'num': {
      const c = e.value;
      return (y) => constant(c, y.d.length);
    }
    case 'var': {
      if (e.name === 'y') return (y) => y;
      const j = e.name === 'a' ? 0 : 1;
      return (_y, theta) => theta[j] as Dual;
    }
    case 'neg': {
      const arg = compile(e.arg);
      return (y, theta) => neg(arg(y, theta));
    }
    case 'call': {
      const fn = DUAL_FUNCTIONS[e.fn];
      const arg = compile(e.arg);
      return (y, theta) => fn(arg(y, theta));
    }
    case 'bin':
      return compileBinary(e.op, e.left, e.right);
  }
}

function compileBinary(op: BinaryOp, le: Expr, re: Expr): DualFunction {
  const left = compile(le);
  if (op === '^') {
    const p = constantValue(re);
    if (p === null) throw new RangeError('an exponent must be a number, not depend on y, a or b');
    return (y, theta) => pow(left(y, theta), p);
  }
  const right = compile(re);
  const apply = op === '+' ? add : op === '-' ? sub : op === '*' ? mul : div;
  return (y, theta) => apply(left(y, theta), right(y, theta));
}

/** The tree printed back in the typed syntax with the fewest brackets needed. */
export function printExpr(e: Expr): string {
  return printWith(e, 0);
}

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 };

function printWith(e: Expr, outer: number): string {
  if (e.kind === 'num') return wrap(String(e.value), e.value < 0 && outer > 0);
  if (e.kind === 'var') return e.name;
  if (e.kind === 'call') return `${e.fn}(${printWith(e.arg, 0)})`;
  if (e.kind === 'neg') return wrap(`-${printWith(e.arg, 3)}`, outer > 3);
  const p = PRECEDENCE[e.op];
  const [lp, rp] = e.op === '^' ? [p + 1, p] : [p, p + 1];
  return wrap(`${printWith(e.left, lp)}${e.op}${printWith(e.right, rp)}`, outer > p);
}

function wrap(s: string, bracket: boolean): string {
  return bracket ? `(${s})` : s;
}
