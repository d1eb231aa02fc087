// Screenshots every widget of the built site at 360, 1280 and 1920 px, light and dark, one PNG per
// widget and size, for looking at the figures by eye (the e2e tests check what can be measured).
//   PORT=4421 npx astro preview --port 4421 &  node tests/support/screenshots.mjs [outDir] [pageFilter]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, launchArgs } from './browser.mjs';

const [out = '.output/screenshots', filter = ''] = process.argv.slice(2);
const origin = `http://127.0.0.1:${process.env.PORT ?? 4321}/`;
const PAGES = [
  'widgets/',
  ...(process.env.LESSONS ?? '')
    .split(',')
    .filter(Boolean)
    .map((s) => `lessons/${s}/`),
];
const WIDTHS = (process.env.WIDTHS ?? '360,1280,1920').split(',').map(Number);
const SCHEMES = (process.env.SCHEMES ?? 'light,dark').split(',');

mkdirSync(out, { recursive: true });
// Playwright's own Chromium, when there is one, is the full browser (not the headless shell).
const executablePath = findChromium()?.executablePath ?? chromium.executablePath();
const browser = await chromium.launch({ executablePath, args: launchArgs() });
for (const path of PAGES.filter((p) => p.includes(filter)))
  for (const width of WIDTHS)
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
      page.on('pageerror', (e) => console.log(`${path} ${width}: page error: ${e.message}`));
      await page.goto(origin + path);
      const widgets = page.locator('figure.widget');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('figure.widget')].every((w) => w.getAttribute('data-ready') === 'true'),
      );
      await page.waitForTimeout(1500); // the landscape worker
      for (const id of await widgets.evaluateAll((els) => els.map((e) => e.id))) {
        const file = `${out}/${id}-${width}-${colorScheme}.png`;
        await page.locator(`#${id}`).screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
await browser.close();
