import { test, expect } from '../support/fixtures';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../support/static-server.mjs';
import { widget } from '../support/widgets';

/** Embeds and teachers' links (issue 13): chosen controls, locked controls, a hidden badge, no inner scroll. */
const PORT = Number(process.env.PORT ?? 4391);

test('?controls=alpha,N shows only those controls; a name the widget lacks is named in a notice', async ({ page }) => {
  await page.goto('./embed/training/?controls=alpha,N,nope');
  const w = await widget(page, 'w');
  const shown = await w
    .locator('.param:visible [data-param]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.param));
  expect(shown.sort()).toEqual(['N', 'alpha']);
  await expect(w.getByText(/Ignored controls=nope: not a parameter here \(this widget has .*alpha/)).toBeVisible();
});

test('a teacher’s link locks a control at its value (disabled, saying why) and hides the badge until revealed', async ({
  page,
}) => {
  await page.goto('./embed/inversion/?w.alpha=0.3&lock=alpha&badge=hidden');
  const w = await widget(page, 'w');
  const alpha = w.getByRole('spinbutton', { name: 'Step size α' });
  await expect(alpha).toHaveValue('0.3');
  await expect(alpha).toBeDisabled();
  await expect(alpha).toHaveAccessibleDescription(/Locked by this link: Step size α stays at this value/);
  const badge = w.locator('[data-part="badge"]');
  await expect(badge).toBeHidden();
  // A "try this" style preset cannot move a locked value.
  await w.evaluate((el) =>
    el.dispatchEvent(new CustomEvent('unrolled:preset', { detail: { values: { alpha: 0.05 } } })),
  );
  await expect(alpha).toHaveValue('0.3');
  await w.getByRole('button', { name: 'Reveal how the run goes' }).click();
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText(/Diverging/);
  // The view options stay in the URL as the reader steps.
  await w.focus();
  await page.keyboard.press('ArrowRight');
  expect(page.url()).toContain('lock=alpha');
});

test('the share box’s iframe code names the lesson’s controls and, on a plain HTML page, shows the whole widget without an inner scroll', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto('./lessons/training-is-the-inverse-of-predicting/');
  const w = await widget(page, 'training');
  await w.getByText('Share, embed and export').click();
  const code = await w.getByRole('textbox', { name: /Embed this widget/ }).inputValue();
  expect(code).toContain(`${baseURL}embed/training/?`);
  expect(code).toContain('controls=beta,epochs,clamp,a0,b0');
  // A plain page on another origin, as a course platform would host it.
  const dir = mkdtempSync(join(tmpdir(), 'unrolled-host-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Course</title><h1>Week 3</h1>\n${code}\n<p>After</p>`);
  const host = await serveStatic({ root: dir, port: PORT + 6 });
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-widget="training"]')).toHaveAttribute('data-ready', 'true');
    const visible = await frame.locator('.param:visible [data-param]').count();
    expect(visible).toBe(5);
    // The iframe grows to the embed's height: nothing scrolls inside it.
    await expect
      .poll(() =>
        page.frames()[1]!.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
      )
      .toBeLessThanOrEqual(1);
    const height = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    expect(height).not.toBe(1000);
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
