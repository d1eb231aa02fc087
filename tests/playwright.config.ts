import { defineConfig, devices } from '@playwright/test';
import { findChromium, launchArgs } from './support/browser.mjs';

const found = findChromium() as { executablePath?: string } | null;
/** Ports and build folders can be moved (PORT, DIST_DIR, DIST_BASE_DIR) to run two suites side by side. */
export const PORT = Number(process.env.PORT ?? 4391);
export const BASE_PORT = PORT + 1;
const DIST = process.env.DIST_DIR ?? './dist';
const DIST_BASE = process.env.DIST_BASE_DIR ?? './dist-base';

/** E2E tests run against `astro preview` of the built site (dist/), and of dist-base/ under /unrolled/. */
export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'site/**/*.spec.ts'],
  outputDir: '.output/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.output/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: found?.executablePath, args: launchArgs() },
    ...devices['Desktop Chrome'],
  },
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      cwd: '..',
      env: { OUT_DIR: DIST },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${BASE_PORT}`,
      cwd: '..',
      env: { BASE_PATH: '/unrolled/', OUT_DIR: DIST_BASE },
      url: `http://127.0.0.1:${BASE_PORT}/unrolled/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
