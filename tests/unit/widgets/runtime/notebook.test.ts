import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { inversionNotebook, trainingNotebook, type Notebook } from '../../../../components/widgets/runtime/notebook';
import { resolveTraining } from '../../../../src/solver/training/resolveTraining';
import { typedModel } from '../../../../src/solver/core/typedModel';
import {
  articleTraining,
  invert,
  makeData,
  train,
  type InversionParams,
  type TrainParams,
} from '../../../../src/solver';

const trainingBook = (p: TrainParams, k: number, url: string) => trainingNotebook(p, train(p), k, url);
const inversionBook = (p: InversionParams, k: number, url: string) => inversionNotebook(p, invert(p), k, url);

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;
if (!hasNumpy) console.warn('notebook tests skipped: python3 with numpy is not available on this machine');

/** Runs every code cell of the notebook with python3 and returns the JSON line the run cell prints. */
function runNotebook(nb: Notebook): { printed: Record<string, number>; output: string } {
  const parsed = JSON.parse(nb.text) as { nbformat: number; cells: { cell_type: string; source: string[] }[] };
  expect(parsed.nbformat).toBe(4);
  const code = parsed.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => c.source.join(''))
    .join('\n\n');
  const output = execFileSync('python3', ['-c', code], { encoding: 'utf8', timeout: 120_000 });
  const line = output.split('\n').find((l) => l.startsWith('{'));
  return { printed: JSON.parse(line ?? '{}') as Record<string, number>, output };
}

function expectSame(printed: Record<string, number>, shown: Record<string, number>): void {
  expect(Object.keys(printed).sort()).toEqual(Object.keys(shown).sort());
  for (const [key, value] of Object.entries(shown)) {
    const got = printed[key] as number;
    expect(Math.abs(got - value), `${key}: python ${got}, solver ${value}`).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(value)),
    );
  }
}

const sine = (() => {
  const r = typedModel('a*sin(y)+b', { ys: [-2, -1, 0, 1, 2], theta: [2, -4] });
  if (!r.ok) throw new Error(r.problem.kind);
  return r.value;
})();

/** python3 runs a notebook in 0.5–3 s; on a busy machine several times that. */
const SLOW = { timeout: 120_000 };

/** The numbers a notebook's cells assign to `names` (a Python line `a, b, c = 1.0, 2.0, 3.0`). */
function assigned(nb: Notebook, names: string): number[] {
  const parsed = JSON.parse(nb.text) as { cells: { source: string[] }[] };
  const line = parsed.cells.flatMap((c) => c.source.join('').split('\n')).find((l) => l.startsWith(`${names} = `));
  if (line === undefined) throw new Error(`the notebook assigns no ${names}`);
  return line
    .slice(names.length + 3)
    .split(', ')
    .map((v) => Number(v.replace(/^"|"$/g, '')));
}

describe('the notebook', () => {
  it('runs with the Adam settings and finite-difference step the solver resolved, set or left unset', () => {
    const base: TrainParams = { ...articleTraining(), epochs: 3 };
    const runs: TrainParams[] = [
      { ...base, optimizer: { kind: 'adam' }, gradient: { method: 'finite-difference', steps: 10 } },
      {
        ...base,
        optimizer: { kind: 'adam', beta1: 0.8, beta2: 0.99, eps: 1e-6 },
        gradient: { method: 'finite-difference', steps: 10, h: 1e-4 },
      },
    ];
    for (const p of runs) {
      const nb = trainingBook(p, 3, '');
      const resolved = resolveTraining(p);
      if (resolved.optimizer.kind !== 'adam') throw new Error('expected an Adam run');
      const { beta1, beta2, eps } = resolved.optimizer;
      expect(assigned(nb, 'beta1, beta2, adam_eps')).toEqual([beta1, beta2, eps]);
      expect(assigned(nb, 'method, M, fd_step')[2]).toBe(resolved.unrolling.fdStep);
    }
  });
});

describe.skipIf(!hasNumpy)('the numpy notebook of a run prints the widget’s numbers', () => {
  it('the article’s training run at update 300 (linear model, forward mode, clamp)', SLOW, () => {
    const nb = trainingBook({ ...articleTraining(), epochs: 300 }, 300, 'https://example.org/?t.k=300');
    const { printed, output } = runNotebook(nb);
    expectSame(printed, nb.shown);
    expect(output).toContain('Same numbers as the widget: k = 300');
  });

  for (const method of ['forward', 'reverse', 'implicit', 'finite-difference'] as const) {
    it(`a typed a*sin(y)+b trained with Adam, gradient by ${method}`, SLOW, () => {
      const p: TrainParams = {
        model: sine,
        data: makeData({ model: sine, theta: [2, -4], count: 5, sigma: 0.2, seed: 3 }),
        theta0: [2.6, -3.2],
        beta: 0.02,
        epochs: 60,
        inner: { alpha: 0.05, steps: 12, y0: 0 },
        gradient: { method, steps: 8 },
        optimizer: { kind: 'adam' },
        clamp: [[0.5, Infinity], null],
      };
      const nb = trainingBook(p, 40, 'https://example.org/');
      expectSame(runNotebook(nb).printed, nb.shown);
    });
  }

  it('the tanh model with momentum 0.9', SLOW, () => {
    const p: TrainParams = {
      ...articleTraining(),
      model: 'tanh',
      epochs: 50,
      optimizer: { kind: 'momentum', mu: 0.9 },
    };
    const nb = trainingBook(p, 50, 'https://example.org/');
    expectSame(runNotebook(nb).printed, nb.shown);
  });

  it('an inversion of the cubic model with Nesterov momentum, and a diverging one', SLOW, () => {
    const cubic = inversionBook(
      {
        model: 'cubic',
        theta: [1, -2],
        x: 0.5,
        alpha: 0.05,
        steps: 40,
        y0: 2,
        momentum: { kind: 'nesterov', mu: 0.5 },
      },
      25,
      'https://example.org/',
    );
    expectSame(runNotebook(cubic).printed, cubic.shown);
    const wild = inversionBook({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.3, steps: 400, y0: 0 }, 400, '');
    const { printed, output } = runNotebook(wild);
    expect(printed.k).toBeLessThan(400);
    expect(output).toContain('diverged');
    expectSame(printed, wild.shown);
  });
});
