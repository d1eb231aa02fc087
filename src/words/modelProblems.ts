/**
 * A typed model's problem (src/solver/core/modelProblem.ts) in words: what is
 * wrong, and what is allowed instead.
 */
import { FUNCTIONS, VARIABLES } from '../solver/core/expression.ts';
import type { ModelProblem } from '../solver/core/modelProblem.ts';
import { formatSig } from './format.ts';

const list = (names: readonly string[]): string => names.join(', ');

/** The allowed vocabulary, in one sentence. */
export const MODEL_SYNTAX = `Use y, a, b, numbers, + - * / ^, brackets and the functions ${list(FUNCTIONS)}, e.g. a*sin(y)+b.`;

/** Where in the typed text (1-based, as a reader counts). */
const at = (position: number): string => `at character ${position + 1}`;

/** One or two sentences: the problem, then what is allowed. */
export function modelProblemWords(p: ModelProblem): string {
  switch (p.kind) {
    case 'empty':
      return `Type a model f(y). ${MODEL_SYNTAX}`;
    case 'too-long':
      return `The model is ${p.length} characters long; at most ${p.max} are allowed.`;
    case 'syntax':
      return `The model cannot be read ${at(p.position)}: ${p.detail.replace(/\s+at character \d+$/, '')}. ${MODEL_SYNTAX}`;
    case 'missing-operator':
      return `Two terms stand side by side without an operator: write a*y, not a y. ${MODEL_SYNTAX}`;
    case 'unknown-name':
      return `Unknown name “${p.name}” ${at(p.position)}. Allowed names: ${list(VARIABLES)}; allowed functions: ${list(FUNCTIONS)}.`;
    case 'not-a-function':
      return `“${p.name}” ${at(p.position)} is a variable, not a function: write ${p.name}*(…) for a product. Allowed functions: ${list(FUNCTIONS)}.`;
    case 'not-a-value':
      return `“${p.name}” ${at(p.position)} is a function and needs its argument in brackets, e.g. ${p.name}(y).`;
    case 'arity':
      return `${p.name} takes exactly one argument (got ${p.got}), e.g. ${p.name}(y).`;
    case 'unsupported':
      return `“${p.what}” is not allowed in a model. ${MODEL_SYNTAX}`;
    case 'variable-exponent':
      return 'An exponent must be a number, such as y^3 or y^(1/2); it cannot depend on y, a or b (write exp(a*y) instead).';
    case 'no-y':
      return 'The model does not depend on y, so there is nothing to invert: use y somewhere, e.g. a*sin(y)+b.';
    case 'no-theta':
      return 'The model does not depend on a or b, so there is nothing to train: use a and b, e.g. a*sin(y)+b.';
    case 'division-by-zero':
      return `The model divides by zero at y = ${formatSig(p.y, 4)}, a latent value of the data. Change the model so its denominators stay away from zero there.`;
    case 'domain':
      return `The model is undefined at y = ${formatSig(p.y, 4)} (log or sqrt of a negative number, or a negative number to a fractional power). Allowed: log and sqrt of positive values only.`;
    case 'overflow':
      return `The model is too large for the computer (overflow) at y = ${formatSig(p.y, 4)}. Use smaller numbers, e.g. exp(y) rather than exp(y^10).`;
    case 'infinite-derivative':
      return `The model's slope is infinite or undefined at y = ${formatSig(p.y, 4)} (as for sqrt(y) at 0), so gradient descent cannot use it there. Allowed: models that are smooth at every latent value of the data.`;
  }
}
