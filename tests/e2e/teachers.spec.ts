import { test, expect } from '../support/fixtures';
import { formatFixed } from '../../src/words/format';
import { pagePaths } from '../support/dist';
import { expectNoAxeViolations } from '../support/pages';
import { widget } from '../support/widgets';

/** The teachers' page as a guide (issue 13): sessions, per-lesson guide, every exercise answered, a link builder. */
const lessonPaths = () => pagePaths().filter((p) => /^\/lessons\/[^/]+\/$/.test(p));

test('sessions of at most 45 minutes cover every lesson; each lesson has a goal, a question and misconceptions', async ({
  page,
}) => {
  // The course's lessons as the home page lists them.
  await page.goto('./');
  const listed = await page
    .locator('a[href*="/lessons/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
  await page.goto('./teachers/');
  const sessions = page.locator('section.session');
  // As many sessions as the plan's heading announces.
  const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const announced = (await page.locator('#plan').textContent())?.match(/^(\w+) 45-minute sessions$/)?.[1];
  expect(announced).toBeDefined();
  await expect(sessions).toHaveCount(words.indexOf(announced!.toLowerCase()) + 1);
  expect(await sessions.count()).toBeGreaterThan(0);
  for (const heading of await sessions.locator('h3').allTextContents()) {
    const minutes = Number(heading.match(/\((\d+) min\)/)?.[1]);
    expect(minutes, heading).toBeGreaterThan(0);
    expect(minutes, heading).toBeLessThanOrEqual(45);
  }
  const planned = await sessions
    .locator('a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const lessons = lessonPaths();
  expect(lessons.length).toBeGreaterThan(0);
  expect(lessons).toEqual(
    listed
      .map((p) => p.replace(/^\/unrolled\//, '/'))
      .filter((p) => /^\/lessons\/[^/]+\/$/.test(p))
      .sort(),
  );
  expect([...planned].sort()).toEqual(lessons);
  for (const path of lessons) {
    const slug = path.split('/')[2];
    const guide = page.locator(`#guide-${slug}`);
    await expect(guide.getByText('Goal.')).toBeVisible();
    await expect(guide.getByText('Ask before revealing.')).toBeVisible();
    await expect(guide.locator('details')).toHaveCount(1);
    expect(await guide.locator('ul li').count()).toBeGreaterThan(0);
  }
  await expectNoAxeViolations(page);
});

test('the worked answers list every exercise on the site with the answer the exercise itself accepts', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const onSite = new Map<string, string>();
  for (const path of lessonPaths()) {
    await page.goto(`.${path}`);
    for (const form of await page.locator('form[data-exercise]').all()) {
      const id = (await form.locator('xpath=..').getAttribute('id')) as string;
      const answer = Number(await form.getAttribute('data-answer'));
      const decimals = Number(await form.getAttribute('data-decimals'));
      onSite.set(id, formatFixed(answer, decimals));
    }
  }
  expect(onSite.size).toBeGreaterThanOrEqual(16);
  await page.goto('./teachers/');
  const rows = page.locator('tr[data-exercise-answer]');
  const listed = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-exercise-answer'),
      tr.querySelector('td:nth-child(3)')?.textContent?.trim(),
    ]),
  );
  expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(onSite));
});

test('the link builder writes a link and embed code that the widget honours', async ({ page }) => {
  await page.goto('./teachers/');
  const form = page.locator('form[data-link-builder]');
  await expect(form).toHaveAttribute('data-ready', 'true');
  await form.getByLabel('Widget').selectOption({ label: 'The inversion widget alone (embed page)' });
  for (const name of ['Steps N', 'Observation x', 'a', 'b', 'Momentum', 'Show the previous run faded']) {
    const show = form.getByRole('checkbox', { name: `Show ${name}`, exact: true });
    if (await show.count()) await show.uncheck();
  }
  await form.getByRole('checkbox', { name: 'Lock Step size α', exact: true }).check();
  await form.getByRole('textbox', { name: /^Step size α value/ }).fill('0.3');
  await form.getByLabel('Hide the badge until a student reveals it').check();
  const link = await form.getByLabel('Link').inputValue();
  expect(link).toMatch(/\/embed\/inversion\/\?w\.alpha=0\.3&/);
  expect(link).toContain('w.lock=alpha');
  expect(link).toContain('w.badge=hidden');
  const code = await form.getByLabel('Embed code').inputValue();
  expect(code).toMatch(/^<iframe src="[^"]*\/embed\/inversion\/\?w\.alpha=0\.3/);
  // A value the parameter does not allow is named, with what is allowed.
  await form.getByRole('textbox', { name: /^Step size α value/ }).fill('7');
  await expect(form.getByRole('status')).toHaveText(/Step size α: “7” is not allowed; alpha must be a number from/);
  await form.getByRole('textbox', { name: /^Step size α value/ }).fill('0.3');

  await page.goto(link);
  const w = await widget(page, 'w');
  const alpha = w.getByRole('spinbutton', { name: 'Step size α' });
  await expect(alpha).toHaveValue('0.3');
  await expect(alpha).toBeDisabled();
  await expect(w.getByText(/Locked by this link/)).toBeVisible();
  await expect(w.getByRole('spinbutton', { name: 'Steps N' })).toBeHidden();
  await expect(w.getByRole('spinbutton', { name: 'Start y₀' })).toBeVisible();
  await expect(w.locator('[data-part="badge"]')).toBeHidden();
  await expect(w.getByRole('button', { name: 'Reveal how the run goes' })).toBeVisible();
});
