// Run before the e2e tests: makes sure a Chromium exists, or stops with one clear message.
import { ensureChromium } from './browser.mjs';

const found = ensureChromium();
if (!found) {
  console.error(
    "No Chromium found for the end-to-end tests. Install one of: Playwright's browser " +
      '(npx playwright install chromium), Debian/Ubuntu\'s "chromium" package (apt-get install -y chromium), ' +
      'or Google Chrome; or set CHROMIUM_PATH to a Chromium executable.',
  );
  process.exit(1);
}
console.log(`[browser] using ${found.source}`);
