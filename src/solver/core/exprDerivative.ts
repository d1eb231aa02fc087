/**
 * Symbolic derivatives of a typed model's tree (expression.ts), for code that
 * has no dual numbers, such as the numpy notebook of a run: ∂f/∂y, ∂f/∂a,
 * ∂²f/∂y∂a … as trees again. Products and sums with 0 and 1 are folded so the
 * printed formulas stay readable; the tests compare them with the dual numbers.
 */
import type { Expr, VariableName } from './expression.ts';

const num = (value: number): Expr => ({ kind: 'num', value });
const isNum = (e: Expr, v: number): boolean => e.kind === 'num' && e.value === v;

function add(l: Expr, r: Expr): Expr {
  if (isNum(l, 0)) return r;
  if (isNum(r, 0)) return l;
  if (l.kind === 'num' && r.kind === 'num') return num(l.value + r.value);
  return { kind: 'bin', op: '+', left: l, right: r };
}

function sub(l: Expr, r: Expr): Expr {
  if (isNum(r, 0)) return l;
  if (isNum(l, 0)) return neg(r);
  return { kind: 'bin', op: '-', left: l, right: r };
}

function neg(e: Expr): Expr {
  if (e.kind === 'num') return num(-e.value);
  if (e.kind === 'neg') return e.arg;
  return { kind: 'neg', arg: e };
}

function mul(l: Expr, r: Expr): Expr {
  if (isNum(l, 0) || isNum(r, 0)) return num(0);
  if (isNum(l, 1)) return r;
  if (isNum(r, 1)) return l;
  if (l.kind === 'num' && r.kind === 'num') return num(l.value * r.value);
  return { kind: 'bin', op: '*', left: l, right: r };
}

function div(l: Expr, r: Expr): Expr {
  if (isNum(l, 0)) return num(0);
  if (isNum(r, 1)) return l;
  return { kind: 'bin', op: '/', left: l, right: r };
}

function pow(base: Expr, p: Expr): Expr {
  if (isNum(p, 1)) return base;
  if (isNum(p, 0)) return num(1);
  return { kind: 'bin', op: '^', left: base, right: p };
}

const call = (fn: Extract<Expr, { kind: 'call' }>['fn'], arg: Expr): Expr => ({ kind: 'call', fn, arg });

/** ∂e/∂v as a tree. Exponents are constants (the parser refuses others). */
export function derivative(e: Expr, v: VariableName): Expr {
  switch (e.kind) {
    case 'num':
      return num(0);
    case 'var':
      return num(e.name === v ? 1 : 0);
    case 'neg':
      return neg(derivative(e.arg, v));
    case 'call': {
      const du = derivative(e.arg, v);
      if (isNum(du, 0)) return num(0);
      const u = e.arg;
      const outer: Record<typeof e.fn, Expr> = {
        sin: call('cos', u),
        cos: neg(call('sin', u)),
        tanh: sub(num(1), pow(call('tanh', u), num(2))),
        exp: call('exp', u),
        log: div(num(1), u),
        sqrt: div(num(1), mul(num(2), call('sqrt', u))),
      };
      return mul(outer[e.fn], du);
    }
    case 'bin': {
      const { left: l, right: r } = e;
      const dl = derivative(l, v);
      const dr = derivative(r, v);
      switch (e.op) {
        case '+':
          return add(dl, dr);
        case '-':
          return sub(dl, dr);
        case '*':
          return add(mul(dl, r), mul(l, dr));
        case '/':
          return sub(div(dl, r), div(mul(l, dr), pow(r, num(2))));
        case '^': {
          if (isNum(dl, 0)) return num(0);
          const p = r.kind === 'num' ? r : null;
          const lower = p ? num(p.value - 1) : sub(r, num(1));
          return mul(mul(r, pow(l, lower)), dl);
        }
      }
    }
  }
}
