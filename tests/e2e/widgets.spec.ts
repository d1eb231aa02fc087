import { test, expect } from '@playwright/test';
import { invert, train, evaluateModel } from '../../src/solver/index.ts';
import { ARTICLE_TRAINING } from '../../content/lessons/facts/shared.ts';
import { expectNoAxeViolations, watchErrors } from '../support/pages';
import { fixed, readout, setParam, widget } from '../support/widgets';

const ARTICLE_INVERSION = { model: 'linear' as const, theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 8 };

test.describe('inversion widget', () => {
  test('after k steps the readout equals the solver record k, and stepping back restores it exactly', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    const records = invert(ARTICLE_INVERSION).steps;
    await inv.focus();
    for (let k = 1; k <= 3; k++) await page.keyboard.press('ArrowRight');
    await expect(inv).toHaveAttribute('data-k', '3');
    const at3 = await readout(inv);
    expect(at3['yₙ = g(n)']).toBe(fixed(records[3]!.y));
    expect(at3['L(x, yₙ)']).toBe(fixed(records[3]!.loss));
    expect(at3['∂L/∂y']).toBe(fixed(records[3]!.grad));
    expect(at3['next y']).toBe(fixed(records[4]!.y));
    // The live equation carries the same numbers.
    await expect(inv.locator('[data-slot="y"]').first()).toHaveText(fixed(records[3]!.y));
    await expect(inv.locator('[data-slot="next"]').first()).toHaveText(fixed(records[4]!.y));
    await expect(inv.locator('[data-part="live"]')).toHaveText(/^Step 3: y = /);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await readout(inv)).toEqual(at3);
    expect(errors).toEqual([]);
  });

  test('every step control and key moves the one stepper', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    const k = () => inv.getAttribute('data-k');
    await inv.getByRole('button', { name: 'Next step' }).click();
    expect(await k()).toBe('1');
    await inv.getByRole('button', { name: 'Jump to the last step' }).click();
    expect(await k()).toBe('20');
    await inv.getByRole('button', { name: 'Previous step' }).click();
    expect(await k()).toBe('19');
    await inv.getByRole('button', { name: 'Reset to step 0' }).click();
    expect(await k()).toBe('0');
    await inv.getByRole('slider', { name: /^Step \d+ of 20$/ }).fill('7');
    expect(await k()).toBe('7');
    await inv.focus();
    for (const [key, want] of [
      ['End', '20'],
      ['Home', '0'],
      ['PageDown', '1'],
      ['PageDown', '2'],
      ['PageUp', '1'],
      ['r', '0'],
    ] as const) {
      await page.keyboard.press(key);
      expect(await k(), key).toBe(want);
    }
    await inv.getByRole('combobox', { name: 'Speed' }).selectOption('32');
    await inv.focus();
    await page.keyboard.press(' ');
    await expect(inv.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(inv).toHaveAttribute('data-k', '20', { timeout: 5000 });
    await expect(inv.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('α·a² > 1 shows "diverging" with the contraction as the reason', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await setParam(inv, 'Step size α', '0.3');
    await expect(inv).toHaveAttribute('data-tone', 'diverging');
    await expect(inv.locator('[data-part="badge"]')).toContainText('1 − 2αa²');
  });

  test('a diverged run stops, shows the badge with the reason, and never draws NaN', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await setParam(inv, 'Step size α', '1');
    await inv.getByRole('button', { name: 'Jump to the last step' }).click();
    await expect(inv).toHaveAttribute('data-tone', 'diverged');
    const badge = inv.locator('[data-part="badge"]');
    // The step counter and the badge agree on where the run stopped.
    const shown = Number(await inv.getAttribute('data-count')) - 1;
    await expect(inv.locator('[data-part="transport"]')).toContainText(`${shown} of ${shown}`);
    await expect(badge).toContainText(`Diverged after step ${shown}:`);
    await expect(badge).toContainText('α·a²');
    const svg = await inv.locator('svg').first().innerHTML();
    expect(svg).not.toMatch(/NaN|Infinity/);
    const expected = invert({ ...ARTICLE_INVERSION, alpha: 1 });
    expect(expected.status).toBe('diverged');
    await expect(inv).toHaveAttribute('data-count', String(expected.steps.length));
    await expectNoAxeViolations(page, '#inv');
  });

  test('a bad typed value is refused with a message naming the allowed range', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await setParam(inv, 'Step size α', '-1');
    await expect(inv.getByText('alpha must be a number from 0.001 to 2.')).toBeVisible();
    expect(await readout(inv)).toMatchObject({ 'yₙ = g(n)': fixed(8) });
  });

  test('changing a parameter keeps the previous run as a ghost path, and the toggle hides it', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await expect(inv.locator('.plot .ghost-path')).not.toHaveAttribute('d', /M/);
    await setParam(inv, 'Start y₀', '-6');
    await expect(inv.locator('.plot .ghost-path')).toHaveAttribute('d', /M/);
    await inv.getByRole('checkbox', { name: 'Show the previous run faded' }).uncheck();
    await expect(inv.locator('.plot .ghost-path')).not.toHaveAttribute('d', /M/);
  });

  test('dragging the start marker sets the start y₀ (the y₀ input is the non-drag alternative)', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await inv.focus();
    await page.keyboard.press('ArrowRight');
    // A drag only starts on the start marker g(0) (issue 13: elsewhere the page scrolls on a phone).
    const marker = inv.locator('.iterates circle').first();
    await marker.scrollIntoViewIfNeeded();
    const box = (await inv.locator('.drag-surface').boundingBox())!;
    const start = (await marker.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.up();
    const y0 = Number(await inv.getByRole('spinbutton', { name: 'Start y₀' }).inputValue());
    expect(y0).not.toBe(8);
    await expect(inv).toHaveAttribute('data-k', '0');
    expect((await readout(inv))['yₙ = g(n)']).toBe(fixed(y0));
  });

  test('autoplay pauses while the widget is off screen and resumes when it is back', async ({ page }) => {
    await page.goto('./widgets/?inv.N=500');
    const inv = await widget(page, 'inv');
    await inv.getByRole('combobox', { name: 'Speed' }).selectOption('8');
    await inv.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await inv.getAttribute('data-k'))).toBeGreaterThan(2);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    const held = await inv.getAttribute('data-k');
    await page.waitForTimeout(1200);
    expect(await inv.getAttribute('data-k')).toBe(held);
    await inv.scrollIntoViewIfNeeded();
    await expect.poll(async () => Number(await inv.getAttribute('data-k'))).toBeGreaterThan(Number(held));
  });

  test('reduced motion is respected', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await expect(inv).toHaveAttribute('data-motion', 'reduced');
    // No tweening: right after a step the current point already sits where it ends up.
    const at = () => inv.locator('.plot .current').evaluate((c) => [c.getAttribute('cx'), c.getAttribute('cy')]);
    await inv.focus();
    await page.keyboard.press('ArrowRight');
    const now = await at();
    await page.waitForTimeout(400);
    expect(await at()).toEqual(now);
    await context.close();
  });

  test('with motion allowed, the current point glides to its next place', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await expect(inv).toHaveAttribute('data-motion', 'full');
    // Step inside the page and sample the marker frame by frame: it passes through places in between.
    // A frame starved for longer than the 160 ms glide (a loaded test machine) jumps to the end,
    // so up to three steps are sampled and the first that shows places in between is kept.
    const xs = await inv.evaluate(async (root) => {
      const c = root.querySelector('.plot .current') as SVGCircleElement;
      let seen: number[] = [];
      for (let attempt = 0; attempt < 3 && new Set(seen).size <= 2; attempt++) {
        root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        seen = [];
        for (let i = 0; i < 30; i++) {
          seen.push(Number(c.getAttribute('cx')));
          await new Promise((r) => requestAnimationFrame(r));
        }
      }
      return seen;
    });
    expect(new Set(xs).size).toBeGreaterThan(2);
    expect(xs.at(-1)).not.toBe(xs[0]);
  });

  test('the state lives in the URL and survives a reload; hostile values fall back with a notice', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await setParam(inv, 'Step size α', '0.1');
    await inv.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/inv\.alpha=0\.1/);
    await expect(page).toHaveURL(/inv\.k=4/);
    const before = await readout(inv);
    await page.reload();
    const again = await widget(page, 'inv');
    await expect(again).toHaveAttribute('data-k', '4');
    expect(await readout(again)).toEqual(before);
    await page.goto('./widgets/?inv.alpha=%3Cscript%3E&inv.N=3.5');
    const hostile = await widget(page, 'inv');
    await expect(hostile.locator('[data-part="notice"]')).toContainText('Ignored alpha=<script>');
    await expect(hostile.locator('[data-part="notice"]')).toContainText('N must be a whole number from 0 to 500');
    await expect(hostile.getByRole('spinbutton', { name: 'Step size α' })).toHaveValue('0.05');
  });
});

test.describe('training widget', () => {
  test('update k shows the solver record k; step into it and back out', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./widgets/');
    const tr = await widget(page, 'train');
    const history = train(ARTICLE_TRAINING).history;
    await tr.getByRole('button', { name: 'Next update' }).click();
    await tr.getByRole('button', { name: 'Next update' }).click();
    const r = await readout(tr);
    expect(r.a).toBe(fixed(history[2]!.theta[0]!, 6));
    expect(r.b).toBe(fixed(history[2]!.theta[1]!, 6));
    expect(r['T(θ)']).toBe(fixed(history[2]!.T, 6));
    expect(r['∂T/∂a']).toBe(fixed(history[2]!.grad[0]!, 6));
    await expect(tr.locator('[data-slot="anext"]')).toHaveText(fixed(history[3]!.theta[0]!));

    await tr.getByRole('button', { name: 'Step into update 2' }).click();
    const inner = tr.locator('[data-part="step-into"]');
    await expect(inner).toBeVisible();
    await expect(inner.getByRole('heading', { name: /Inside update 2/ })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(inner).toHaveAttribute('data-k', '2');
    await expect(tr).toHaveAttribute('data-k', '2'); // the outer run did not move
    await expectNoAxeViolations(page, '#train');
    await inner.getByRole('button', { name: 'Jump to the last inner step' }).click();
    await expect(inner).toContainText('Σ = ∂T/∂θ');
    await expect(inner).toContainText(fixed(history[3]!.theta[0]!));
    await page.keyboard.press('Escape');
    await expect(inner).toBeHidden();
    await expect(tr.getByRole('button', { name: 'Step into update 2' })).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('the landscape is computed in a worker and drawn as contours; clicking the plane sets θ0', async ({ page }) => {
    await page.goto('./widgets/');
    const tr = await widget(page, 'train');
    await expect(tr.locator('.plot .contour').first()).toBeAttached({ timeout: 15000 });
    await expect(tr.locator('[data-part="progress"]')).toBeHidden();
    const surface = tr.locator('.pick-surface');
    const box = (await surface.boundingBox())!;
    await surface.click({ position: { x: box.width * 0.25, y: box.height * 0.5 } });
    const a0 = Number(await tr.getByRole('spinbutton', { name: 'Start a₀' }).inputValue());
    expect(a0).toBeGreaterThan(0.8);
    expect(a0).toBeLessThan(1.2);
    await expect(tr).toHaveAttribute('data-k', '0');
  });

  test('the four gradient methods are shown side by side', async ({ page }) => {
    await page.goto('./widgets/');
    const tr = await widget(page, 'train');
    await tr.getByText('The four ways to get ∂T/∂θ at this update').click();
    const table = tr.locator('table.gradients');
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table).toContainText('Back-propagation');
  });
});

test.describe('latent explorer', () => {
  test('a latent y generates x under the learned θ and the truth', async ({ page }) => {
    await page.goto('./widgets/');
    const lat = await widget(page, 'latent');
    await setParam(lat, 'Latent y', '-1.5');
    const theta = train(ARTICLE_TRAINING).history.at(-1)!.theta;
    const r = await readout(lat);
    expect(r['x under θ(k)']).toBe(fixed(evaluateModel('linear', theta, -1.5)));
    expect(r['x under the truth (2, −4)']).toBe(fixed(-7));
  });
});

test('the widgets page passes axe in its initial and stepped states', async ({ page }) => {
  await page.goto('./widgets/');
  await widget(page, 'inv');
  await widget(page, 'train');
  await expectNoAxeViolations(page);
  await page.locator('#inv').focus();
  await page.keyboard.press('ArrowRight');
  await expectNoAxeViolations(page);
});
