import { test, expect, type Locator, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { invert } from '../../src/solver/index.ts';
import { readout, widget } from '../support/widgets';

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

interface Ipynb {
  nbformat: number;
  cells: { cell_type: string; source: string[] }[];
}

async function notebookOf(page: Page, root: Locator): Promise<{ file: string; nb: Ipynb }> {
  await root.getByText('Share, embed and export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    root.getByRole('button', { name: 'Open this run in Python (.ipynb)' }).click(),
  ]);
  await expect(root.locator('[data-part="share-status"]')).toHaveText(/^Notebook downloaded/);
  const nb = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as Ipynb;
  return { file: download.suggestedFilename(), nb };
}

const code = (nb: Ipynb) =>
  nb.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => c.source.join(''))
    .join('\n\n');

/** The "expected" numbers the notebook checks itself against, read from its last cell. */
function expected(nb: Ipynb): Record<string, number> {
  const last = nb.cells.at(-1)!.source.join('');
  const body = /expected = \{([^}]*)\}/.exec(last)![1]!;
  return Object.fromEntries(
    [...body.matchAll(/"(\w+)": ([^,\n]+),/g)].map((m) => [m[1], Number(m[2]!.replace('np.inf', 'Infinity'))]),
  );
}

test('the training widget downloads a notebook of its run at the update shown, which python3 reproduces', async ({
  page,
}) => {
  await page.goto('./widgets/?train.beta=0.01');
  const tr = await widget(page, 'train');
  await tr.getByRole('slider', { name: /^Update \d+ of \d+$/ }).fill('300');
  await expect(tr).toHaveAttribute('data-k', '300');
  const { file, nb } = await notebookOf(page, tr);
  expect(file).toBe('unrolled-training-beta0.01-update-300.ipynb');
  expect(nb.nbformat).toBe(4);
  const shown = expected(nb);
  expect(shown.k).toBe(300);
  // The widget's readout shows the same a, b and T, rounded.
  const r = await readout(tr);
  const a = Number(r['a']!.replace('−', '-'));
  expect(Math.abs(a - shown.a!)).toBeLessThan(1e-3);
  test.skip(!hasNumpy, 'python3 with numpy is not available: the notebook was not run');
  const output = execFileSync('python3', ['-c', code(nb)], { encoding: 'utf8', timeout: 120_000 });
  expect(output).toContain('Same numbers as the widget: k = 300');
});

test('the inversion widget’s notebook holds the solver’s numbers at the step shown', async ({ page }) => {
  await page.goto('./widgets/');
  const inv = await widget(page, 'inv');
  await inv.getByRole('slider', { name: /^Step \d+ of \d+$/ }).fill('5');
  await expect(inv).toHaveAttribute('data-k', '5');
  const { nb } = await notebookOf(page, inv);
  const step = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 8 }).steps[5]!;
  expect(expected(nb)).toEqual({ k: 5, y: step.y, loss: step.loss, grad: step.grad });
  test.skip(!hasNumpy, 'python3 with numpy is not available: the notebook was not run');
  expect(execFileSync('python3', ['-c', code(nb)], { encoding: 'utf8' })).toContain('Same numbers as the widget');
});
