import { test, expect } from '../support/fixtures';
import { precisionText } from '../../src/chrome/exercise';

/** Exercises (issue 13): the precision is stated, any answer within it is right, the feedback quotes the typing. */
test('lesson 12: the implicit-gap exercise states its precision, accepts 20.9 and quotes what was typed', async ({
  page,
}) => {
  await page.goto('./lessons/four-ways-to-the-gradient/');
  const ex = page.locator('#ex-implicit-gap');
  await expect(ex.getByText(precisionText(1))).toBeVisible();
  const input = ex.getByRole('textbox', { name: 'Your answer' });
  await expect(input).toHaveAccessibleDescription(precisionText(1));
  const status = ex.getByRole('status');
  const check = async (text: string) => {
    await input.fill(text);
    await ex.getByRole('button', { name: 'Check' }).click();
  };
  await check('20.4');
  await expect(status).toHaveText(/^Not quite: you typed “20\.4”/);
  await check('1e309');
  await expect(status).toHaveText(/^“1e309” is too large to be a number here/);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await check('+20,9');
  await expect(status).toHaveText(/^Right: you typed “\+20,9”; the answer is 20\.9\./);
  await expect(input).not.toHaveAttribute('aria-invalid');
  await expect(ex.locator('details.working')).toHaveAttribute('open', '');
});

test('a whole-number exercise quotes 4.4 as typed and does not accept it', async ({ page }) => {
  await page.goto('./lessons/four-ways-to-the-gradient/');
  const ex = page.locator('#ex-fd-runs');
  await expect(ex.getByText('Give a whole number.')).toBeVisible();
  await ex.getByRole('textbox', { name: 'Your answer' }).fill('4.4');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByRole('status')).toHaveText(/^Not quite: you typed “4\.4”/);
});
