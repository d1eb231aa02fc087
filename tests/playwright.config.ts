import { defineConfig, devices } from '@playwright/test';
import { findChromium, launchArgs } from './support/browser.mjs';

const found = findChromium() as { executablePath?: string } | null;
export const PORT = 4391;
export const BASE_PORT = 4392;

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
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${BASE_PORT}`,
      cwd: '..',
      env: { BASE_PATH: '/unrolled/', OUT_DIR: './dist-base' },
      url: `http://127.0.0.1:${BASE_PORT}/unrolled/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
