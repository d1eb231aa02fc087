import { test, expect } from '../support/fixtures';
import { readFileSync } from 'node:fs';
import { digits as dg } from '../../src/solver/index.ts';
import { formatSig } from '../../src/words/format.ts';
import { expectNoAxeViolations } from '../support/pages';
import { readout, widget } from '../support/widgets';

const data = dg.parseDigits(new Uint8Array(readFileSync('src/public/data/digits.bin')));
const { steps } = dg.DIGITS_PRESET;

test.describe('stepping into one update of the dictionary training', () => {
  test('the view steps forward through the stored inner steps and back through the sweep to the readout’s gradient', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./lessons/training-the-dictionary/');
    const tr = await widget(page, 'digit-train');
    await expect(tr).toHaveAttribute('data-k', String(dg.DIGITS_PRESET.updates));
    await tr.focus();
    await page.keyboard.press('Home');
    for (let k = 1; k <= 3; k++) await page.keyboard.press('ArrowRight');
    const run = dg.trainDigits({ d0: dg.classMeans(data.train), ...data, ...dg.DIGITS_PRESET });
    const record = run.records[3]!;
    const e = dg.largestEntry(record.grad);
    const where = `digit ${e.row}, pixel (${Math.floor(e.pixel / 8) + 1}, ${(e.pixel % 8) + 1})`;
    const gradReadout = (await readout(tr))['largest dT/dD entry'];
    expect(gradReadout).toBe(`${formatSig(e.value, 4)} at ${where}`);

    await tr.getByRole('button', { name: 'Step into update 3' }).click();
    const box = tr.locator('[data-part="step-into"]');
    await expect(box).toBeVisible({ timeout: 60_000 });
    await expect(box).toBeFocused();
    await expect(box.getByRole('heading', { level: 3 })).toHaveText(/Inside update 3: training image 1 \(a \d\)/);
    const live = box.locator('[data-part="inner-live"]');
    // Forward: the stored inner steps, as the solver's sweep records them.
    const sweep = dg.digitsSweep(record.d, data.train, dg.DIGITS_PRESET.alpha, steps, 0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText(`Forward, inner step 2 of ${steps}`);
    const y2 = box.locator('.sweep-weights tbody tr').nth(sweep.label).locator('td').nth(1);
    await expect(y2).toHaveText(formatSig(sweep.ys[2]![sweep.label], 4));
    // Backward: halfway through the sweep the entry holds the part steps N … 11 give.
    const at = (n: number) => steps + 1 + (steps - n);
    for (let i = 2; i < at(10); i++) await page.keyboard.press('ArrowRight');
    await expect(box).toHaveAttribute('data-k', String(at(10)));
    await expect(live).toContainText(`Backward at n = 10: Steps ${steps} to 11 give so far`);
    const mid = sweep.sweep.find((r) => r.n === 10)!;
    await expect(box.locator('[data-part="sweep-body"] .current-row td').nth(1)).toHaveText(
      formatSig(mid.grad[e.row * 64 + e.pixel], 4),
    );
    // The end of the sweep: the accumulated entry is the gradient the widget reads out.
    await page.keyboard.press('End');
    await expect(live).toContainText('All steps swept: the whole gradient');
    await expect(box.locator('[data-part="sweep-final"]')).toHaveText(gradReadout!.split(' at ')[0]!);
    // Stepping back is exact.
    await page.keyboard.press('ArrowLeft');
    await expect(live).toContainText('Backward at n = 1');
    await page.keyboard.press('ArrowRight');
    await expect(box.locator('[data-part="sweep-final"]')).toHaveText(gradReadout!.split(' at ')[0]!);
    await expectNoAxeViolations(page);
    // Esc steps out, back to the button; the outer widget stayed at update 3.
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(tr.getByRole('button', { name: 'Step into update 3' })).toBeFocused();
    await expect(tr).toHaveAttribute('data-k', '3');
  });

  test('another training image is followed when the reader picks it', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./lessons/training-the-dictionary/');
    const tr = await widget(page, 'digit-train');
    await tr.getByRole('button', { name: /Step into update/ }).click();
    const box = tr.locator('[data-part="step-into"]');
    await expect(box).toBeVisible({ timeout: 60_000 });
    const input = box.getByRole('spinbutton', { name: /Training image/ });
    await input.fill('42');
    await input.dispatchEvent('change');
    await expect(box.getByRole('heading', { level: 3 })).toHaveText(
      new RegExp(`training image 42 \\(a ${data.train.labels[41]}\\)`),
    );
  });
});

test.describe('the digits embed pages', () => {
  for (const kind of ['digits-invert', 'digits-draw', 'digits-train', 'digits-generate']) {
    test(`/embed/${kind}/ credits the data set and its licence`, async ({ page }) => {
      await page.goto(`./embed/${kind}/`);
      await expect(page.getByRole('link', { name: 'Optical Recognition of Handwritten Digits' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
      await expect(page.locator('.digits-credit')).toContainText('E. Alpaydin and C. Kaynak');
    });
  }
});
