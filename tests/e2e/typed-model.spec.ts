import { test, expect } from '@playwright/test';
import { compareGradients, makeData, train, type TrainParams } from '../../src/solver/index.ts';
import { typedModel } from '../../src/solver/core/typedModel.ts';
import { fixed, readout, widget } from '../support/widgets';

/** Your own model (issue 17): typed in the training widget, trained, stepped into, compared, shared. */
const sine = (() => {
  const r = typedModel('a*sin(y)+b', { ys: [-2, -1, 0, 1, 2], theta: [2, -4] });
  if (!r.ok) throw new Error(r.problem.kind);
  return r.value;
})();
const params: TrainParams = {
  model: sine,
  data: makeData({ model: sine, theta: [2, -4], count: 5, sigma: 0, seed: 1 }),
  theta0: [2.7, 0],
  beta: 0.005,
  epochs: 200,
  inner: { alpha: 0.05, steps: 20, y0: 2 },
  gradient: { method: 'forward', steps: 10 },
  clamp: [[0.5, Infinity], null],
  optimizer: { kind: 'gd' },
};

test('a reader types a*sin(y)+b, trains it, steps into an update, compares the four gradients and shares the link', async ({
  page,
}) => {
  await page.goto('./widgets/?train.epochs=200');
  const tr = await widget(page, 'train');
  const field = tr.getByRole('textbox', { name: 'Your own f(y), in y, a and b' });
  await field.fill('a*sin(y)+b');
  await field.press('Enter');
  await field.blur();
  // Typing a model selects "your own".
  await expect(tr.getByRole('combobox', { name: 'Model f(y)' })).toHaveValue('custom');
  await expect(page).toHaveURL(/train\.model=custom/);
  await expect(page).toHaveURL(/train\.f=a\*sin%28y%29%2Bb/);
  const history = train(params).history;
  await tr.getByRole('button', { name: 'Next update' }).click();
  await tr.getByRole('button', { name: 'Next update' }).click();
  const r = await readout(tr);
  expect(r.a).toBe(fixed(history[2]!.theta[0]!, 6));
  expect(r.b).toBe(fixed(history[2]!.theta[1]!, 6));
  expect(r['T(θ)']).toBe(fixed(history[2]!.T, 6));
  // The typed model's landscape is computed in the worker too (it used to be missing).
  await expect(tr.locator('[data-part="plane"] .plot .contour').first()).toBeAttached({ timeout: 20_000 });
  await expect(tr).not.toContainText('No landscape');

  await tr.getByRole('button', { name: 'Step into update 2' }).click();
  const inner = tr.locator('[data-part="step-into"]');
  await expect(inner.getByRole('heading', { name: /Inside update 2/ })).toBeVisible();
  await inner.getByRole('button', { name: 'Jump to the last inner step' }).click();
  await expect(inner).toContainText('Σ = ∂T/∂θ');
  await expect(inner).toContainText(fixed(history[3]!.theta[0]!));
  await page.keyboard.press('Escape');

  await tr.getByText('The four ways to get ∂T/∂θ at this update').click();
  const table = tr.locator('table.gradients');
  await expect(table.getByRole('row')).toHaveCount(5);
  const c = compareGradients({ ...params, theta: history[2]!.theta, gradientSteps: 10 });
  await expect(table).toContainText(fixed(c.forward[0]!, 4));
  await expect(table).not.toContainText('diverged');

  const link = page.url();
  await tr.getByText('Share, embed and export').click();
  await tr.getByRole('button', { name: 'Copy a link to this state' }).click();
  await expect(tr.locator('[data-part="share-status"]')).toHaveText(/^(Link copied|Copy this link)/);
  const again = await page.context().newPage();
  await again.goto(link);
  const tr2 = await widget(again, 'train');
  await expect(tr2.getByRole('textbox', { name: 'Your own f(y), in y, a and b' })).toHaveValue('a*sin(y)+b');
  expect((await readout(tr2)).a).toBe(fixed(history[2]!.theta[0]!, 6));
});

test('typing a*foo(y) shows a message naming foo and the allowed functions', async ({ page }) => {
  await page.goto('./widgets/?train.epochs=50&train.model=custom');
  const tr = page.locator('#train');
  await expect(tr).toContainText('Type a model f(y).');
  const field = tr.getByRole('textbox', { name: 'Your own f(y), in y, a and b' });
  await field.fill('a*foo(y)');
  await field.press('Enter');
  await field.blur();
  await expect(tr).toContainText('Unknown name “foo” at character 3');
  await expect(tr).toContainText('allowed functions: sin, cos, tanh, exp, log, sqrt');
  // The typed text stays, so the reader can correct it.
  await expect(field).toHaveValue('a*foo(y)');
  await field.fill('a*cos(y)+b');
  await field.press('Enter');
  await field.blur();
  await expect(page).toHaveURL(/train\.f=a\*cos%28y%29%2Bb/);
  await expect(tr).not.toContainText('Unknown name');
});

test('a typed model trains in the worker and shows its landscape of T, matching the solver', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./widgets/?train.epochs=200&train.model=custom&train.f=a*tanh(y)%2Bb&train.k=200');
  const tr = await widget(page, 'train');
  // The run came from the training worker (the page only compiles the text for its curves).
  expect(workers.some((u) => /train\.worker/.test(u))).toBe(true);
  const tanh = typedModel('a*tanh(y)+b', { ys: [-2, -1, 0, 1, 2], theta: [2, -4] });
  if (!tanh.ok) throw new Error(tanh.problem.kind);
  const data = makeData({ model: tanh.value, theta: [2, -4], count: 5, sigma: 0, seed: 1 });
  const history = train({ ...params, model: tanh.value, data }).history;
  const r = await readout(tr);
  expect(r.a).toBe(fixed(history[200]!.theta[0]!, 6));
  expect(r['T(θ)']).toBe(fixed(history[200]!.T, 6));
  const plane = tr.locator('[data-part="plane"]');
  await expect(plane.locator('.plot .contour').first()).toBeAttached({ timeout: 20_000 });
  expect(await plane.locator('.plot .contour').count()).toBeGreaterThan(3);
  await expect(tr.locator('[data-part="progress-note"]')).toHaveText('');
});
