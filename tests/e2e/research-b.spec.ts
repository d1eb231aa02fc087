import { test, expect, type Page } from '@playwright/test';
import { implicitLimit } from '../../src/solver/index.ts';
import { formatSig } from '../../src/lib/format.ts';
import { expectNoAxeViolations, watchErrors } from '../support/pages';
import { readout, widget } from '../support/widgets';

/** Issue 18, lessons 19–21: the research widgets step back exactly, predictions commit by keyboard. */

const NEUMANN = { alpha: 0.05, a: 2, b: -4, x: 0, offset: 0, wrt: 'a' as const, maxSteps: 40 };

/** Commits the prediction `id` with the keyboard only: focus the guess, pick with keys, Enter on Check. */
async function commitByKeyboard(page: Page, id: string, keys: string[]) {
  const box = page.locator(`#${id}`);
  const guess = box.getByLabel(/Your guess/);
  await guess.focus();
  for (const k of keys) await page.keyboard.press(k);
  await page.keyboard.press('Tab');
  await expect(box.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  return box;
}

test.describe('the implicit limit (lesson 19)', () => {
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

  test('the prediction is committed by keyboard before the answer shows; axe passes before and after', async ({
    page,
  }) => {
    await page.goto('./lessons/the-implicit-limit/');
    await widget(page, 'neumann');
    const reveal = page.locator('#predict-sign [data-predict-reveal]');
    await expect(reveal).toBeHidden();
    await expectNoAxeViolations(page);
    const box = await commitByKeyboard(page, 'predict-sign', ['End']);
    await expect(box.getByRole('status')).toHaveText(/^Your guess, beyond the limit, is right\./);
    await expect(reveal).toBeVisible();
    await expect(reveal.getByRole('button', { name: /c = −0.6, one step/ })).toBeVisible();
    await expect(box.getByLabel(/Your guess/)).toBeDisabled();
    await expectNoAxeViolations(page);
  });
});
