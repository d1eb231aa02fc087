/**
 * "Open this run in Python" (issue 17): a Jupyter notebook (nbformat 4) that reproduces the
 * widget's current run with numpy: the same parameters, data and model (a typed model
 * translated to numpy), the same loop, and it prints the numbers the widget shows at the
 * current step, then checks them against the values the solver computed here. Loaded lazily
 * from the share box; pure (no DOM), so the tests run the notebook's code with python3.
 */
import type { InversionParams, InversionResult, Model, TrainParams, TrainingResult } from '../../../src/solver';
import { DIVERGENCE_BOUND } from '../../../src/solver/core/validate';
import { ADAM_DEFAULTS, DEFAULT_FD_STEP } from '../../../src/solver/training/defaults';
import type { Expr } from '../../../src/solver/core/expression';
import { INVERSION_CODE, TRAINING_CODE, modelCode, pyNumber } from './notebookCode';

/** The numbers the notebook prints and checks, by name (the solver's records at the step shown). */
export type Shown = Record<string, number>;

export interface Notebook {
  /** The .ipynb file's text. */
  text: string;
  /** What the widget shows at the step, computed by the solver (the notebook asserts the same). */
  shown: Shown;
}

const v = (name: string): Expr => ({ kind: 'var', name: name as 'y' });
const bin = (op: '+' | '*' | '^', left: Expr, right: Expr): Expr => ({ kind: 'bin', op, left, right });

/** The built-in models as trees, so every model reaches numpy through one translator. */
const BUILT_IN: Record<string, Expr> = {
  linear: bin('+', bin('*', v('a'), v('y')), v('b')),
  tanh: bin('+', bin('*', v('a'), { kind: 'call', fn: 'tanh', arg: v('y') }), v('b')),
  cubic: bin('+', bin('*', v('a'), bin('^', v('y'), { kind: 'num', value: 3 })), bin('*', v('b'), v('y'))),
};

function modelTree(model: Model | string): { expr: Expr; label: string } {
  if (typeof model !== 'string' && 'expr' in model) return { expr: model.expr as Expr, label: model.label };
  const name = typeof model === 'string' ? model : model.name;
  const expr = BUILT_IN[name];
  if (!expr) throw new TypeError(`no numpy translation for the model ${JSON.stringify(name)}`);
  return { expr, label: typeof model === 'string' ? name : model.label };
}

const py = (values: readonly number[]): string => `np.array([${values.map(pyNumber).join(', ')}])`;
const cell = (kind: 'markdown' | 'code', source: string) => ({
  cell_type: kind,
  metadata: {},
  source: source.split(/(?<=\n)/),
  ...(kind === 'code' ? { execution_count: null, outputs: [] } : {}),
});

function checkCode(shown: Shown): string {
  const expected = Object.entries(shown)
    .map(([k, x]) => `    ${JSON.stringify(k)}: ${pyNumber(x)},`)
    .join('\n');
  return `# The numbers the widget shows here, computed in the browser by the site's solver.
expected = {
${expected}
}
for key, value in expected.items():
    assert np.isclose(shown[key], value, rtol=1e-9, atol=1e-12), (key, shown[key], value)
print('Same numbers as the widget:', ', '.join(f'{k} = {shown[k]:.6g}' for k in expected))`;
}

function assemble(title: string, intro: string, cells: string[], shown: Shown, url: string): Notebook {
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells: [
      cell('markdown', `# ${title}\n\n${intro}\n\nThe widget's state: <${url}>`),
      ...cells.map((c) => cell('code', c)),
      cell('code', checkCode(shown)),
    ].map((c, i) => ({ id: `cell-${i}`, ...c })),
  };
  return { text: `${JSON.stringify(nb, null, 1)}\n`, shown };
}

/** The inversion widget's run (its parameters and the solver's records), shown at step k: g(k), L and ∂L/∂y. */
export function inversionNotebook(p: InversionParams, result: InversionResult, k: number, url: string): Notebook {
  const at = Math.min(k, result.steps.length - 1);
  const s = result.steps[at]!;
  const shown = { k: at, y: s.y, loss: s.loss, grad: s.grad };
  const { expr, label } = modelTree(p.model);
  const [a, b] = p.theta as [number, number];
  const params = `import numpy as np
import json

BOUND = ${pyNumber(DIVERGENCE_BOUND)}  # |y| beyond this counts as diverged, as in the widget
a, b = np.float64(${pyNumber(a)}), np.float64(${pyNumber(b)})
x, alpha, steps, y0 = ${pyNumber(p.x)}, ${pyNumber(p.alpha)}, ${p.steps}, np.float64(${pyNumber(p.y0)})
momentum, mu = ${p.momentum ? JSON.stringify(p.momentum.kind) : 'None'}, ${pyNumber(p.momentum?.mu ?? 0)}
k = ${at}  # the step the widget shows`;
  const runCell = `ys, status = invert(x, a, b, alpha, steps, y0, momentum, mu)
y = ys[k]
shown = {'k': k, 'y': y, 'loss': loss(x, y, a, b), 'grad': dL_dy(x, y, a, b)}
print(f'g({k}) = {y!r}, L = {shown["loss"]!r}, dL/dy = {shown["grad"]!r} ({status}, {len(ys) - 1} steps)')
print(json.dumps({key: float(val) for key, val in shown.items()}))`;
  const intro = `Gradient descent on L(x, y) = (x − f_θ(y))² for ${label}, as the inversion widget ran it. Run all cells: the last one checks the printed numbers against the widget's.`;
  return assemble(
    'An inversion, reproduced with numpy',
    intro,
    [params, modelCode(expr, label), INVERSION_CODE, runCell],
    shown,
    url,
  );
}

/** The training widget's run (its parameters and the solver's records), shown at update k: a, b, T and ∂T/∂θ. */
export function trainingNotebook(p: TrainParams, result: TrainingResult, k: number, url: string): Notebook {
  const at = Math.min(k, result.history.length - 1);
  const s = result.history[at]!;
  const shown = { k: at, a: s.theta[0]!, b: s.theta[1]!, T: s.T, dT_da: s.grad[0]!, dT_db: s.grad[1]! };
  const { expr, label } = modelTree(p.model);
  const opt = p.optimizer ?? { kind: 'gd' };
  const adam = { ...ADAM_DEFAULTS, ...(opt.kind === 'adam' ? opt : {}) };
  const bounds = [0, 1].map((j) => p.clamp?.[j] ?? [-Infinity, Infinity]);
  const params = `import numpy as np
import json

BOUND = ${pyNumber(DIVERGENCE_BOUND)}  # |θ| beyond this counts as diverged, as in the widget
data_x = ${py(p.data.x)}
data_y = ${py(p.data.y)}
a0, b0 = ${pyNumber(p.theta0[0]!)}, ${pyNumber(p.theta0[1]!)}
beta, epochs = ${pyNumber(p.beta)}, ${p.epochs}
alpha, N, y0 = ${pyNumber(p.inner.alpha)}, ${p.inner.steps}, np.float64(${pyNumber(p.inner.y0)})
method, M, fd_step = ${JSON.stringify(p.gradient.method ?? 'forward')}, ${p.gradient.steps ?? p.inner.steps}, ${pyNumber(p.gradient.h ?? DEFAULT_FD_STEP)}
optimizer, mu = ${JSON.stringify(opt.kind)}, ${pyNumber(opt.kind === 'momentum' ? opt.mu : 0)}
beta1, beta2, adam_eps = ${pyNumber(adam.beta1)}, ${pyNumber(adam.beta2)}, ${pyNumber(adam.eps)}
clamp = [${bounds.map((bd) => `(${pyNumber(bd[0]!)}, ${pyNumber(bd[1]!)})`).join(', ')}]
k = ${at}  # the update the widget shows`;
  const runCell = `history, status = train()
theta, T, grad = history[k]
shown = {'k': k, 'a': theta[0], 'b': theta[1], 'T': T, 'dT_da': grad[0], 'dT_db': grad[1]}
print(f'update {k}: a = {theta[0]!r}, b = {theta[1]!r}, T = {T!r} ({status}, {len(history) - 1} updates)')
print(json.dumps({key: float(val) for key, val in shown.items()}))`;
  const intro = `Training θ = (a, b) of ${label} through the unrolled inner loop (N = ${p.inner.steps} steps, gradient by ${p.gradient.method ?? 'forward'} over M steps), as the training widget ran it. Run all cells: the last one checks the printed numbers against the widget's.`;
  return assemble(
    'A training run, reproduced with numpy',
    intro,
    [params, modelCode(expr, label), TRAINING_CODE, runCell],
    shown,
    url,
  );
}
