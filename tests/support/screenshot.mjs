// Takes a full-page screenshot of a page of the running site: node tests/support/screenshot.mjs URL OUT.png [width] [dark]
import { chromium } from '@playwright/test';
import { findChromium, launchArgs } from './browser.mjs';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const found = findChromium();
const browser = await chromium.launch({ executablePath: found?.executablePath, args: launchArgs() });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
