import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures';
import { deal } from '../../src/solver/analysis/drills';
import { drillQuestion, drillSteps } from '../../src/words/drills';

/** Fresh drills (issue 17): a seeded deal in the URL, checked against the solver, worked steps fading. */
test('a drill deals from the seed in the URL, checks the answer, and the next deal hides one more step', async ({
  page,
}) => {
  await page.goto('./lessons/prediction-is-an-inversion/?drill-step.seed=5');
  const drill = page.locator('#drill-step');
  const five = deal('inversion-step', 5);
  await expect(drill.locator('[data-question]')).toHaveText(drillQuestion(five));
  await expect(drill.getByText('Deal 5')).toBeVisible();
  const steps = drill.locator('[data-steps] li');
  const worked = drillSteps(five);
  await expect(steps).toHaveCount(worked.length);
  await expect(steps.last()).toHaveText('Your turn: work this step out.');
  await expect(steps.first()).toHaveText(worked[0]!);

  const input = drill.getByRole('textbox', { name: 'Your answer' });
  const status = drill.getByRole('status');
  await input.fill((five.answer + 0.01).toFixed(4));
  await input.press('Enter');
  await expect(status).toHaveText(/^Not quite/);
  await input.fill(five.answer.toFixed(4));
  await input.press('Enter');
  await expect(status).toHaveText(/^Right: you typed/);
  await expect(drill.locator('details.working')).toHaveAttribute('open', '');
  await expect(steps.last()).toHaveText(worked.at(-1)!);

  await drill.getByRole('button', { name: 'New numbers' }).click();
  const six = deal('inversion-step', 6);
  await expect(drill.locator('[data-question]')).toHaveText(drillQuestion(six));
  await expect(page).toHaveURL(/drill-step\.seed=6&drill-step\.hide=2/);
  await expect(drill.locator('[data-steps] li.your-turn')).toHaveCount(2);
  await expect(status).toHaveText(`New numbers: deal 6, 2 of ${worked.length} worked steps left to you.`);
  await expect(drill.getByRole('link', { name: 'Link to this deal' })).toHaveAttribute(
    'href',
    /drill-step\.seed=6&drill-step\.hide=2#drill-step$/,
  );
  const axe = await new AxeBuilder({ page }).include('#drill-step').analyze();
  expect(axe.violations).toEqual([]);
});

test('without a seed in the URL the build-time deal is seed 1 and works by keyboard', async ({ page }) => {
  await page.goto('./lessons/choosing-alpha-and-n/');
  const drill = page.locator('#drill-steps');
  const one = deal('steps-for-accuracy', 1);
  await expect(drill.locator('[data-question]')).toHaveText(drillQuestion(one));
  const input = drill.getByRole('textbox', { name: 'Your answer' });
  await input.focus();
  await page.keyboard.type(String(one.answer));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(drill.getByRole('status')).toHaveText(new RegExp(`^Right: you typed “${one.answer}”`));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(drill.locator('[data-question]')).toHaveText(drillQuestion(deal('steps-for-accuracy', 2)));
});
