import { test, expect } from '../support/fixtures';
import { BASE_PORT } from '../playwright.config';
import { pagePaths } from '../support/dist';
import { expectNoAxeViolations, watchErrors } from '../support/pages';

const pages = pagePaths();

test.describe('every built page', () => {
  for (const path of pages) {
    test(`${path} loads without errors and passes axe`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`.${path}`);
      await page.waitForLoadState('networkidle');
      // The page as it settles: no widget still computing (a run past 200 ms dims its panels).
      await page.waitForFunction(() => document.querySelector('.widget[data-computing]') === null);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  test('the same pages load under the /unrolled/ base path without failed requests', async ({ page }) => {
    // One page after another: the time grows with the number of pages.
    test.setTimeout(5_000 * pages.length);
    for (const path of pages) {
      const errors = watchErrors(page);
      await page.goto(`http://127.0.0.1:${BASE_PORT}/unrolled${path}`);
      await page.waitForLoadState('networkidle');
      expect(errors, path).toEqual([]);
      page.removeAllListeners();
    }
  });
});

test('the home page lists the lessons in order and credits the article', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Unrolled');
  const links = page
    .getByRole('list')
    .filter({ has: page.locator('.lesson-card') })
    .getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: /Inverse Problem \(Part 3\)/ }).first()).toHaveAttribute(
    'href',
    'https://miller-blog.com/inverse-problem-part-3/',
  );
  await links.first().click();
  await expect(page.getByText(/^Lesson 1 of \d+$/)).toBeVisible();
});

test('a lesson has a table of contents, its position, typeset math and a way onward', async ({ page }) => {
  await page.goto('./');
  await page.locator('.lesson-card a').first().click();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
  // KaTeX typeset at build time: MathML for screen readers, HTML for the eye.
  expect(await page.locator('.katex math').count()).toBeGreaterThan(0);
  expect(await page.locator('.katex-display').count()).toBeGreaterThan(0);
  const pager = page.getByRole('navigation', { name: 'Lessons' });
  await expect(pager.getByRole('link').first()).toBeVisible();
});
