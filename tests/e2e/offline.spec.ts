import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS, walk } from '../support/dist';
import { serveStatic } from '../support/static-server.mjs';

/**
 * Offline on a plain static host (issue 13): the built site is served by a bare file server
 * (tests/support/static-server.mjs), not `astro preview`, which answers routes a real host does
 * not. Ports PORT+2… (PORT and PORT+1 are the preview servers), so two suites can run side by side.
 */
const PORT = Number(process.env.PORT ?? 4391);

/** Waits until the page is controlled by an activated service worker (the precache is complete). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/** The lesson links of the home page. */
async function lessonLinks(page: Page): Promise<string[]> {
  return page.locator('.lesson-card a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

BUILDS.forEach(({ dir, base }, i) => {
  test.describe(`offline on a plain static server, base ${base}`, () => {
    test('a first visit to the home page alone lets every lesson open offline, and a widget steps', async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const server = await serveStatic({ root: dir, base, port: PORT + 2 + 2 * i });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const failed: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') failed.push(m.text());
        });
        await page.goto(server.url);
        await controlled(page);
        const links = await lessonLinks(page);
        expect(links.length).toBeGreaterThanOrEqual(13);
        await context.setOffline(true);
        for (const href of links) {
          await page.goto(href);
          await expect(page.getByRole('heading', { level: 1 }), href).toBeVisible();
        }
        await page.goto(links[1]!);
        // The lesson's prediction holds the widget: answering it offline loads the comparison's
        // figure (a chunk loaded on first use) from the precache and releases the widget.
        const prediction = page.locator('[data-prediction]').first();
        await prediction.getByRole('button', { name: 'Check my guess' }).click();
        await expect(prediction.locator('svg.prediction-line')).toBeVisible();
        const inv = page.locator('[data-widget="inversion"]').first();
        await expect(inv).not.toHaveAttribute('data-held', 'true');
        await expect(inv).toHaveAttribute('data-ready', 'true');
        await inv.focus();
        await page.keyboard.press('ArrowRight');
        await expect(inv).toHaveAttribute('data-k', '1');
        expect(failed.filter((t) => /bad-precaching-response|Failed to load/i.test(t))).toEqual([]);
      } finally {
        await context.close();
        await server.close();
      }
    });

    test('a new deployment under the same URL reaches a returning reader without clearing anything', async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const copy = mkdtempSync(join(tmpdir(), 'unrolled-deploy-'));
      cpSync(dir, copy, { recursive: true });
      const server = await serveStatic({ root: copy, base, port: PORT + 3 + 2 * i });
      let context: BrowserContext | null = null;
      try {
        context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(server.url);
        await controlled(page);
        await expect(page.locator('html')).not.toHaveAttribute('data-build', '2');

        redeploy(copy);

        // The reader comes back later: the old worker serves the old page at once, finds the
        // new worker, which takes over and the page says so; one click shows the new version.
        await page.goto(server.url);
        const notice = page.getByRole('status').filter({ hasText: /updated/ });
        await expect(notice).toBeVisible({ timeout: 30_000 });
        await notice.getByRole('button', { name: 'Reload' }).click();
        await expect(page.locator('html')).toHaveAttribute('data-build', '2');
        // The new version is the one kept for offline reading.
        await context.setOffline(true);
        await page.goto(`${server.url}lessons/momentum/`);
        await expect(page.locator('html')).toHaveAttribute('data-build', '2');
      } finally {
        await context?.close();
        await server.close();
        rmSync(copy, { recursive: true, force: true });
      }
    });
  });
});

/**
 * Turns the copied build into a "new deployment": every page is marked `data-build="2"` and the
 * service worker's precache revisions are recomputed for the changed pages, as a rebuild would.
 */
function redeploy(dir: string): void {
  const swFile = join(dir, 'sw.js');
  let sw = readFileSync(swFile, 'utf8');
  for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8').replace('<html lang="en"', '<html lang="en" data-build="2"');
    writeFileSync(path, html);
    const revision = createHash('md5').update(html).digest('hex');
    const entry = new RegExp(`(\\{url:"${file.replace(/[.]/g, '\\.')}",revision:")[0-9a-f]+"`);
    expect(sw, `sw.js lists ${file}`).toMatch(entry);
    sw = sw.replace(entry, `$1${revision}"`);
  }
  writeFileSync(swFile, sw);
}
