import { test, expect, type Page } from '../support/fixtures';
import { articleData, gradientAt, implicitLimit, nestedTape, rewind, startLostAfter } from '../../src/solver/index.ts';
import { formatSig } from '../../src/words/format.ts';
import { expectNoAxeViolations, watchErrors } from '../support/pages';
import { readout, widget } from '../support/widgets';

/** Issue 18, lessons 19–21: the research widgets step back exactly, predictions commit by keyboard. */

const NEUMANN = { alpha: 0.05, a: 2, b: -4, x: 0, offset: 0, wrt: 'a' as const, maxSteps: 40 };

/** Opens a lesson with its predictions asked: the widget is there, prediction `id`'s answer hidden, axe passes. */
async function openAsked(page: Page, lesson: string, widgetId: string, id: string) {
  await page.goto(`./lessons/${lesson}/`);
  await widget(page, widgetId);
  const reveal = page.locator(`#${id} [data-predict-reveal]`);
  await expect(reveal).toBeHidden();
  await expectNoAxeViolations(page);
  return reveal;
}

/** Commits the prediction `id` with the keyboard only: focus the guess, pick with keys, Enter on Check. */
async function commitByKeyboard(page: Page, id: string, keys: string[]) {
  const box = page.locator(`#${id}`);
  const guess = box.locator('form input').first();
  await guess.focus();
  for (const k of keys) await page.keyboard.press(k);
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  return box;
}

test.describe('the implicit limit (lesson 19)', () => {
  // axe on a long lesson page takes a while on a loaded machine.
  test.describe.configure({ timeout: 90_000 });
  test('the readout is the solver’s record N, and stepping back restores it exactly', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./lessons/the-implicit-limit/');
    const root = await widget(page, 'neumann');
    await expect(root).toHaveAttribute('data-k', '10');
    const run = implicitLimit(NEUMANN);
    const at10 = await readout(root);
    expect(at10['1 − cᴺ']).toBe(formatSig(run.steps[10]!.factor, 6));
    expect(at10['forward mode']).toBe(formatSig(run.steps[10]!.methods.forward, 6));
    expect(at10['finite differences']).toBe(formatSig(run.steps[10]!.methods['finite-difference'], 6));
    await root.focus();
    await page.keyboard.press('ArrowRight');
    await expect(root).toHaveAttribute('data-k', '11');
    expect((await readout(root))['1 − cᴺ']).toBe(formatSig(run.steps[11]!.factor, 6));
    await page.keyboard.press('ArrowLeft');
    await expect(root).toHaveAttribute('data-k', '10');
    expect(await readout(root)).toEqual(at10);
    // Four method lines and the reference on the log axis; ten stacked terms below.
    await expect(root.locator('[data-part="plot"] path[data-method]')).toHaveCount(4);
    await expect(root.locator('[data-part="terms"] rect.rm-term')).toHaveCount(10);
    expect(errors).toEqual([]);
  });

  test.describe('asked, not skipped', () => {
    test.use({ predictions: 'ask' });
    test('the prediction is committed by keyboard before the answer shows; axe passes before and after', async ({
      page,
    }) => {
      const reveal = await openAsked(page, 'the-implicit-limit', 'neumann', 'predict-sign');
      const box = await commitByKeyboard(page, 'predict-sign', ['ArrowDown', 'ArrowDown']);
      await expect(box.locator('[data-predict-feedback]')).toHaveText(/^Your guess, beyond the limit, is right\./);
      await expect(reveal).toBeVisible();
      await expect(reveal.getByRole('button', { name: /c = −0.6, one step/ })).toBeVisible();
      await expect(box.locator('form input').first()).toBeDisabled();
      await expectNoAxeViolations(page);
    });
  });
});

const REWIND = { alpha: 0.05, a: 2, b: -4, x: 0, y0: 8, mu: 0 };

test.describe('rewinding the optimiser (lesson 20)', () => {
  test.describe.configure({ timeout: 90_000 });
  test('step back j shows the solver’s rebuilt g(N − j), and stepping back restores it exactly', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./lessons/rewinding-the-optimiser/');
    const root = await widget(page, 'rewind');
    await expect(root).toHaveAttribute('data-k', '30');
    const run = rewind({ ...REWIND, steps: 100 });
    const at = await readout(root);
    expect(at['n']).toBe('70');
    expect(at['rebuilt g(n)']).toBe(formatSig(run.steps[70]!.rebuilt, 12));
    expect(at['start lost from N =']).toBe(String(startLostAfter(REWIND)));
    await root.focus();
    await page.keyboard.press('ArrowRight');
    expect((await readout(root))['rebuilt g(n)']).toBe(formatSig(run.steps[69]!.rebuilt, 12));
    await page.keyboard.press('ArrowLeft');
    expect(await readout(root)).toEqual(at);
    await page.keyboard.press('End');
    await expect(root).toHaveAttribute('data-tone', 'diverged');
    expect(errors).toEqual([]);
  });

  test.describe('asked, not skipped', () => {
    test.use({ predictions: 'ask' });
    test('the slider prediction is committed by keyboard, then revealed; axe passes before and after', async ({
      page,
    }) => {
      const reveal = await openAsked(page, 'rewinding-the-optimiser', 'rewind', 'predict-lost');
      const lost = startLostAfter(REWIND);
      const presses = Math.round((lost - 10) / 5);
      const box = await commitByKeyboard(page, 'predict-lost', ['Home', ...Array<string>(presses).fill('ArrowRight')]);
      await expect(box.locator('[data-predict-feedback]')).toHaveText(
        `Your guess, ${10 + 5 * presses} steps, is right. The answer is below.`,
      );
      await expect(reveal).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
});

const TAPE = {
  data: articleData(),
  theta0: [2.7, 0] as [number, number],
  beta: 0.005,
  updates: 5,
  alpha: 0.05,
  steps: 20,
  y0: 2,
};

test.describe('the nested-loop tape (lesson 21)', () => {
  test.describe.configure({ timeout: 90_000 });
  test('← → move along an update, ↑ ↓ between updates, and every record comes back exactly', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./lessons/the-nested-loop-tape/');
    const root = await widget(page, 'tape');
    const tape = nestedTape(TAPE);
    await expect(root).toHaveAttribute('data-count', String(tape.records.length));
    await root.focus();
    await page.keyboard.press('ArrowDown');
    await expect(root).toHaveAttribute('data-k', String(tape.perUpdate));
    expect((await readout(root))['update k']).toBe('1');
    await page.keyboard.press('ArrowUp');
    await expect(root).toHaveAttribute('data-k', '0');
    const start = await readout(root);
    for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowRight');
    await expect(root).toHaveAttribute('data-k', '21');
    const r = await readout(root);
    expect(r['pass']).toMatch(/^backward/);
    expect(r['inner step n']).toBe('20');
    expect(r['values on the tape']).toBe('100');
    // The end of the sweep: reverse mode's ∂T/∂θ is the course's gradient at θ(0).
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(root).toHaveAttribute('data-k', String(tape.perUpdate + 41));
    const ref = gradientAt({
      model: 'linear',
      data: TAPE.data,
      theta: tape.thetas[1]!,
      inner: { alpha: 0.05, steps: 20, y0: 2 },
      gradient: { method: 'forward', steps: 20 },
    }).grad;
    expect((await readout(root))['∂T/∂θ']).toBe(
      `(${formatSig(tape.records[tape.perUpdate + 41]!.grad![0], 6)}, ${formatSig(tape.records[tape.perUpdate + 41]!.grad![1], 6)})`,
    );
    expect(tape.records[tape.perUpdate + 41]!.grad![0]).toBeCloseTo(ref[0]!, 9);
    await page.keyboard.press('Home');
    expect(await readout(root)).toEqual(start);
    // A click on a cell of the grid goes to that (k, position).
    await root.locator('[data-part="plot"] rect.rt-forward').nth(5).click();
    await expect(root).toHaveAttribute('data-k', '5');
    expect(errors).toEqual([]);
  });

  test.describe('asked, not skipped', () => {
    test.use({ predictions: 'ask' });
    test('the prediction is committed by keyboard; axe passes before and after', async ({ page }) => {
      const reveal = await openAsked(page, 'the-nested-loop-tape', 'tape', 'predict-peak');
      const box = await commitByKeyboard(page, 'predict-peak', ['ArrowDown', 'ArrowDown']);
      await expect(box.locator('[data-predict-feedback]')).toHaveText(
        'Your guess, 105, is right. The answer is below.',
      );
      await expect(reveal).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
});

test.describe('embeds of the research widgets', () => {
  for (const kind of ['research-neumann', 'research-rewind', 'research-tape']) {
    test(`/embed/${kind}/ shows its widget alone and passes axe`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./embed/${kind}/`);
      await widget(page, 'w');
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
});
