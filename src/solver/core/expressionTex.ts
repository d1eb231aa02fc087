/**
 * A typed model's tree as KaTeX source, for the widget's equation of f_θ(y):
 * products with a thin space, quotients as fractions, powers as superscripts.
 */
import type { BinaryOp, Expr } from './expression.ts';

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 };
const FUNCTION_TEX = { sin: '\\sin', cos: '\\cos', tanh: '\\tanh', exp: '\\exp', log: '\\log' } as const;

/** KaTeX source of the tree (numbers as typed, y, a, b as letters). */
export function exprTex(e: Expr): string {
  return texWith(e, 0);
}

function paren(s: string, bracket: boolean): string {
  return bracket ? `\\left(${s}\\right)` : s;
}

function texWith(e: Expr, outer: number): string {
  switch (e.kind) {
    case 'num':
      return paren(String(e.value).replace(/e([+-]?\d+)$/, '\\times 10^{$1}'), e.value < 0 && outer > 0);
    case 'var':
      return e.name;
    case 'neg':
      return paren(`-${texWith(e.arg, 3)}`, outer > 1);
    case 'call':
      if (e.fn === 'sqrt') return `\\sqrt{${texWith(e.arg, 0)}}`;
      return `${FUNCTION_TEX[e.fn]}${paren(texWith(e.arg, 0), true)}`;
    case 'bin': {
      const p = PRECEDENCE[e.op];
      if (e.op === '/') return paren(`\\frac{${texWith(e.left, 0)}}{${texWith(e.right, 0)}}`, outer > 2);
      if (e.op === '^') return paren(`${texWith(e.left, p + 1)}^{${texWith(e.right, 0)}}`, outer > p);
      const right = texWith(e.right, p + 1);
      const times = e.right.kind === 'num' ? ' \\cdot ' : '\\,';
      const body = e.op === '*' ? `${texWith(e.left, p)}${times}${right}` : `${texWith(e.left, p)} ${e.op} ${right}`;
      return paren(body, outer > p);
    }
  }
}
