import { describe, expect, it } from 'vitest';
import type { ModelProblem } from '../../../src/solver/core/modelProblem.ts';
import { typedModel } from '../../../src/solver/core/typedModel.ts';
import { MODEL_SYNTAX, modelProblemWords } from '../../../src/words/modelProblems.ts';

const points = { ys: [-2, -1, 0, 1, 2], theta: [2, -4] };

function words(source: string, at = points): string {
  const r = typedModel(source, at);
  if (r.ok) throw new Error(`${source} was accepted`);
  return modelProblemWords(r.problem);
}

describe('typed model messages', () => {
  it('name an unknown function and list the allowed ones', () => {
    const w = words('a*foo(y)');
    expect(w).toContain('“foo”');
    expect(w).toContain('at character 3');
    expect(w).toContain('sin, cos, tanh, exp, log, sqrt');
    expect(w).toContain('y, a, b');
  });

  it('say what is wrong and what is allowed, for every kind of problem', () => {
    const cases: [string, RegExp][] = [
      ['', /^Type a model f\(y\)\. Use y, a, b/],
      ['a*y+'.repeat(40), /is 160 characters long; at most 120/],
      ['a*(y+b', /cannot be read at character 7: Unclosed \(\. Use y, a, b/],
      ['a*sin(y, 2)', /sin takes exactly one argument \(got 2\), e\.g\. sin\(y\)/],
      ['a*sin+y', /“sin” at character 3 is a function and needs its argument in brackets/],
      ['a(y)', /“a” at character 1 is a variable, not a function: write a\*\(…\)/],
      ['a y', /without an operator: write a\*y/],
      ['a*y^b', /exponent must be a number.*cannot depend on y, a or b/],
      ['a.y', /“MemberExpression” is not allowed in a model\. Use y, a, b/],
      ['a*b', /does not depend on y, so there is nothing to invert/],
      ['sin(y)+2', /does not depend on a or b, so there is nothing to train/],
      ['a/y+b', /divides by zero at y = 0, a latent value of the data/],
      ['a*log(y)+b', /undefined at y = −2 \(log or sqrt of a negative number/],
    ];
    for (const [source, pattern] of cases) expect(words(source)).toMatch(pattern);
    expect(words('a*exp(y^10)+b', { ys: [2], theta: [2, -4] })).toMatch(/too large .*overflow.* at y = 2/);
    expect(words('a*sqrt(y)+b', { ys: [0], theta: [2, -4] })).toMatch(/slope is infinite or undefined at y = 0/);
  });

  it('cover every problem kind with a sentence that ends in a full stop', () => {
    const kinds: ModelProblem[] = [
      { kind: 'empty' },
      { kind: 'too-long', length: 130, max: 120 },
      { kind: 'syntax', position: 0, detail: 'Unexpected "%" at character 0' },
      { kind: 'missing-operator' },
      { kind: 'unknown-name', name: 'x', position: 0 },
      { kind: 'not-a-function', name: 'y', position: 0 },
      { kind: 'not-a-value', name: 'exp', position: 0 },
      { kind: 'arity', name: 'log', got: 0 },
      { kind: 'unsupported', what: '"x"' },
      { kind: 'variable-exponent' },
      { kind: 'no-y' },
      { kind: 'no-theta' },
      { kind: 'division-by-zero', y: 1 },
      { kind: 'domain', y: 1 },
      { kind: 'overflow', y: 1 },
      { kind: 'infinite-derivative', y: 1 },
    ];
    for (const p of kinds) expect(modelProblemWords(p)).toMatch(/\.$/);
    // jsep's own "at character n" is dropped: the position is said once, counted from 1.
    expect(modelProblemWords(kinds[2]!).match(/at character \d+/g)).toEqual(['at character 1']);
    expect(MODEL_SYNTAX).toContain('a*sin(y)+b');
  });
});
