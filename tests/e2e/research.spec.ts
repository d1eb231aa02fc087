import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from '../support/pages';
import { readout } from '../support/widgets';
import { facts } from '../../content/lessons/short-horizon-bias.facts';

/** A research widget once mounted: its run comes from a worker, seconds on a loaded machine. */
async function widget(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`#${id}`);
  await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return root;
}

/** The research part (issue 18): the prediction gate, the root diagram stepped over N, axe. */
const LESSON = 'lessons/short-horizon-bias/';
// Axe over a whole lesson page takes tens of seconds on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test('short-horizon bias: a guess committed by keyboard reveals the answer and the diagram; axe before and after', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(LESSON);
  const box = page.locator('#predict-horizon');
  const reveal = box.locator('[data-reveal]');
  await expect(reveal).toBeHidden();
  await expectNoAxeViolations(page);
  // Keyboard only: Check with no guess says so; then choose with the arrow keys and commit.
  const check = box.getByRole('button', { name: 'Check my guess' });
  await check.focus();
  await page.keyboard.press('Enter');
  await expect(box.locator('[data-verdict]')).toHaveText(/Pick one of the answers first/);
  await expect(reveal).toBeHidden();
  await box.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown'); // the second answer: the fit near 2
  await expect(box.getByRole('radio', { name: 'on the fit near 2' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box.locator('[data-compare]')).toHaveText(/You predicted “on the fit near 2”: right/);
  await expect(reveal).toBeVisible();
  await expect(reveal).toBeFocused();
  await expect(box.getByRole('radio').first()).toBeDisabled();
  const roots = await widget(page, 'roots');
  await expect(roots).toHaveAttribute('data-k', '10');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('the root diagram steps over N and back exactly, and its numbers are the solver’s', async ({ page }) => {
  await page.goto(LESSON);
  const box = page.locator('#predict-horizon');
  await box.getByRole('radio').nth(2).check();
  await box.getByRole('button', { name: 'Check my guess' }).click();
  await expect(box.locator('[data-compare]')).toHaveText(/The answer is “on the fit near 2”/);
  const roots = await widget(page, 'roots');
  const at10 = await readout(roots);
  const badge10 = await roots.locator('[data-part="badge"]').innerText();
  expect(at10['exact fits a (with c)']).toBe('a = 0.5806 (c = 0.966); a = 1.9868 (c = 0.605)');
  await roots.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(roots).toHaveAttribute('data-k', '20');
  const F = facts();
  expect((await readout(roots))['exact fits a (with c)']).toBe(
    F.n20roots.map((r) => `a = ${r.a.toFixed(4)} (c = ${r.c.toFixed(3)})`).join('; '),
  );
  await expect(roots.locator('[data-part="live"]')).toHaveText(/N = 20: 2 exact fits/);
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(roots).toHaveAttribute('data-k', '10');
  expect(await readout(roots)).toEqual(at10);
  expect(await roots.locator('[data-part="badge"]').innerText()).toBe(badge10);
  // N = 5: one fit, with c < −1 (a square in the diagram).
  await roots.locator('[data-part="transport"] input[type="range"]').fill('5');
  await expect(roots).toHaveAttribute('data-k', '5');
  expect((await readout(roots))['exact fits a (with c)']).toBe('a = 4.5252 (c = −1.048)');
  await expect(roots.locator('.roots path.root-divergent')).toHaveCount(F.divergentFitN.length);
});

test('the root diagram alone on its embed page and on /widgets/ passes axe', async ({ page }) => {
  await page.goto('embed/research-roots/');
  await widget(page, 'w');
  await expectNoAxeViolations(page);
  await page.goto('widgets/');
  await widget(page, 'roots');
  await expectNoAxeViolations(page, '#roots');
});

test('the explosion map: prediction by keyboard, stepping over N and back, a click loads the cell into the inversion; axe', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('lessons/when-unrolled-gradients-explode/');
  const box = page.locator('#predict-explode');
  await expect(box.locator('[data-reveal]')).toBeHidden();
  await expectNoAxeViolations(page);
  const choice = box.getByRole('radio', { name: /like N·\|c\|\u2060?ᴺ/ });
  await choice.focus();
  await page.keyboard.press('Space');
  await box.getByRole('button', { name: 'Check my guess' }).focus();
  await page.keyboard.press('Enter');
  await expect(box.locator('[data-verdict]')).toHaveText(/right/);
  const map = await widget(page, 'explode');
  await expect(map).toHaveAttribute('data-k', '20');
  const at20 = await readout(map);
  // |dg(20)/da| = 172953.2 (numpy, the recursion by hand), written as the site writes numbers.
  expect(at20['|dg(20)/da|']).toBe('173000');
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect(map).toHaveAttribute('data-k', '21');
  await page.keyboard.press('ArrowLeft');
  await expect(map).toHaveAttribute('data-k', '20');
  expect(await readout(map)).toEqual(at20);
  // Load the chosen cell (α = 0.3, a = 2) with the button, from the keyboard.
  await map.getByRole('button', { name: /Load the chosen cell/ }).focus();
  await page.keyboard.press('Enter');
  const inv = await widget(page, 'inv-explode');
  await expect(inv).toHaveAttribute('data-tone', /diverg/);
  // A click on the article's cell (α = 0.05, a = 2) loads it instead: the inversion then converges.
  // The figure takes the click (its marks let pointer events through), at the cell's centre.
  const articleCell = map.locator('.cells rect').nth(19 * 19 + 0);
  await articleCell.scrollIntoViewIfNeeded();
  const box2 = await articleCell.boundingBox();
  if (!box2) throw new Error('the cell (α = 0.05, a = 2) is not drawn');
  await page.mouse.click(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await expect(inv.getByRole('spinbutton', { name: 'Step size α' })).toHaveValue('0.05');
  await expect(inv).not.toHaveAttribute('data-tone', /diverg/);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('the home page lists the lessons by part, numbering on across parts; a lesson names its part', async ({
  page,
}) => {
  await page.goto('');
  const parts = page.locator('section.part');
  const names = await parts.locator('h3').allInnerTexts();
  expect(names[0]).toMatch(/^Part 1: The article and beyond$/);
  const research = names.findIndex((n) => n.endsWith('The research behind the toy'));
  expect(research).toBeGreaterThan(0);
  // Numbering runs on: each part's list starts after the lessons of the parts before it.
  let before = 0;
  for (let i = 0; i < names.length; i++) {
    const list = parts.nth(i).locator('ol');
    expect(Number(await list.getAttribute('start'))).toBe(before + 1);
    before += await list.locator('li').count();
  }
  const titles = await parts.nth(research).locator('.lesson-title').allInnerTexts();
  expect(titles.slice(0, 3)).toEqual([
    'The research behind the toy',
    'Short-horizon bias',
    'When unrolled gradients explode',
  ]);
  await page.goto('lessons/short-horizon-bias/');
  await expect(page.locator('p.position')).toHaveText(/^Lesson \d+ of \d+ · The research behind the toy$/);
});
