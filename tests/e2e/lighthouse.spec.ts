import { test, expect } from '@playwright/test';
import { PORT } from '../playwright.config';
import { pagePaths } from '../support/dist';
import { audit, launchChrome } from '../support/lighthouse.mjs';

/** The deterministic categories; performance depends on the machine and is only reported (npm run audit). */
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
/** A sample: the home page and the first lesson, with the desktop preset. */
const SAMPLE = ['/', pagePaths().find((p) => p.startsWith('/lessons/')) as string];

test.describe('Lighthouse (desktop preset)', () => {
  test.describe.configure({ mode: 'serial' });
  for (const path of SAMPLE) {
    test(`${path} scores 100 in accessibility, best practices and SEO`, async () => {
      test.setTimeout(180_000);
      const chrome = await launchChrome();
      try {
        const { scores, failures } = await audit(`http://127.0.0.1:${PORT}${path}`, 'desktop', chrome, CATEGORIES);
        expect(failures).toEqual([]);
        expect(scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
      } finally {
        chrome.kill();
      }
    });
  }
});
