/**
 * Typed text → {@link Expr}, with jsep (a small, maintained expression parser
 * that only builds a syntax tree; it never evaluates anything). jsep is set up
 * for arithmetic only: + − * / and a right-associative ^ (also written **),
 * unary minus and plus, numbers, y, a, b and the one-argument functions of
 * expression.ts. Every other construct becomes a {@link ModelProblem}.
 *
 * This module (and jsep) is loaded lazily, only when a reader types a model.
 */
import jsep from 'jsep';
import { FUNCTIONS, VARIABLES, type BinaryOp, type Expr, type FunctionName, type VariableName } from './expression.ts';
import { MAX_MODEL_LENGTH, type Checked, type ModelProblem } from './modelProblem.ts';

jsep.removeAllBinaryOps();
jsep.removeAllUnaryOps();
jsep.removeAllLiterals();
jsep.addBinaryOp('+', 9);
jsep.addBinaryOp('-', 9);
jsep.addBinaryOp('*', 10);
jsep.addBinaryOp('/', 10);
jsep.addBinaryOp('^', 11, true);
jsep.addBinaryOp('**', 11, true);
jsep.addUnaryOp('-');
jsep.addUnaryOp('+');
// Keep brackets in the tree (jsep drops them) so (−y)^2 and −y^2 stay apart.
jsep.hooks.add('gobble-token', function (env) {
  if (this.code !== 40) return;
  const body = this.gobbleGroup();
  if (!body) this.throwError('Empty brackets');
  env.node = this.gobbleTokenProperty({ type: 'Group', body } as jsep.Expression);
});

class Problem extends Error {
  constructor(readonly problem: ModelProblem) {
    super(problem.kind);
  }
}

const isFunction = (name: string): name is FunctionName => (FUNCTIONS as readonly string[]).includes(name);
const isVariable = (name: string): name is VariableName => (VARIABLES as readonly string[]).includes(name);

/** The first place `name` stands as a whole word in the source (for messages). */
function positionOf(source: string, name: string): number {
  const m = new RegExp(`(^|[^A-Za-z0-9_$])${name.replace(/[$]/g, '\\$')}(?![A-Za-z0-9_$])`).exec(source);
  return m ? m.index + m[1]!.length : 0;
}

/** Parses `source` as f_θ(y); the tree, or the first problem found. */
export function parseExpression(source: string): Checked<Expr> {
  const text = source.trim();
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  if (text.length > MAX_MODEL_LENGTH) {
    return { ok: false, problem: { kind: 'too-long', length: text.length, max: MAX_MODEL_LENGTH } };
  }
  let tree: jsep.Expression;
  try {
    tree = jsep(text);
  } catch (e) {
    const err = e as { index?: number; description?: string; message: string };
    const detail = err.description ?? err.message;
    return { ok: false, problem: { kind: 'syntax', position: err.index ?? 0, detail } };
  }
  try {
    return { ok: true, value: convert(tree, text) };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.problem };
    throw e;
  }
}

function convert(node: jsep.Expression, source: string): Expr {
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (typeof value !== 'number')
        throw new Problem({ kind: 'unsupported', what: String((node as jsep.Literal).raw) });
      return { kind: 'num', value };
    }
    case 'Identifier': {
      const name = (node as jsep.Identifier).name;
      if (isVariable(name)) return { kind: 'var', name };
      if (isFunction(name)) throw new Problem({ kind: 'not-a-value', name, position: positionOf(source, name) });
      throw new Problem({ kind: 'unknown-name', name, position: positionOf(source, name) });
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      const arg = convert(u.argument, source);
      return u.operator === '-' ? { kind: 'neg', arg } : arg;
    }
    case 'BinaryExpression':
      return binary(node as jsep.BinaryExpression, source);
    case 'CallExpression':
      return call(node as jsep.CallExpression, source);
    case 'Group':
      return convert((node as jsep.Expression & { body: jsep.Expression }).body, source);
    case 'Compound':
      throw new Problem({ kind: 'missing-operator' });
    default:
      throw new Problem({ kind: 'unsupported', what: node.type });
  }
}

function binary(node: jsep.BinaryExpression, source: string): Expr {
  const op = (node.operator === '**' ? '^' : node.operator) as BinaryOp;
  if (op === '^' && node.left.type === 'UnaryExpression') {
    // jsep binds a unary sign tighter than ^; in mathematics −y^2 = −(y^2).
    const u = node.left as jsep.UnaryExpression;
    const inner = binary({ ...node, left: u.argument }, source);
    return u.operator === '-' ? { kind: 'neg', arg: inner } : inner;
  }
  const left = convert(node.left, source);
  const right = convert(node.right, source);
  if (op === '^' && hasVariable(right)) throw new Problem({ kind: 'variable-exponent' });
  return { kind: 'bin', op, left, right };
}

function hasVariable(e: Expr): boolean {
  if (e.kind === 'var') return true;
  if (e.kind === 'num') return false;
  if (e.kind === 'bin') return hasVariable(e.left) || hasVariable(e.right);
  return hasVariable(e.arg);
}

function call(node: jsep.CallExpression, source: string): Expr {
  const callee = node.callee;
  if (callee.type !== 'Identifier') throw new Problem({ kind: 'unsupported', what: callee.type });
  const name = (callee as jsep.Identifier).name;
  if (!isFunction(name)) {
    const position = positionOf(source, name);
    if (isVariable(name)) throw new Problem({ kind: 'not-a-function', name, position });
    throw new Problem({ kind: 'unknown-name', name, position });
  }
  if (node.arguments.length !== 1) throw new Problem({ kind: 'arity', name, got: node.arguments.length });
  return { kind: 'call', fn: name, arg: convert(node.arguments[0] as jsep.Expression, source) };
}
