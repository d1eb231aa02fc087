import { readdirSync, readFileSync } from 'node:fs';
import { test as base, type BrowserContext, type Page } from '@playwright/test';

/**
 * The e2e `test` for specs that drive a lesson's widgets. A prediction may hold its widget until
 * the reader answers or skips (issue 17); a reader who came to drive the widget would skip it
 * first. So, by default, every prediction of the course is marked skipped in this browser's store
 * (predictionStore.ts) before any page loads: each lesson opens with its reveals open and its
 * widgets released, exactly as for a returning reader who skipped. A spec (or a describe block)
 * that tests the predictions themselves sets `test.use({ predictions: 'ask' })`.
 */

const LESSONS = new URL('../../content/lessons/', import.meta.url);

/** The id of every prediction in the course's lessons. */
export const PREDICTION_IDS: string[] = readdirSync(LESSONS)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => [...readFileSync(new URL(f, LESSONS), 'utf8').matchAll(/<Prediction\s+id="([^"]+)"/g)])
  .map((m) => m[1]!);

/** Marks every prediction skipped before each page of `target` loads (predictionStore.ts's keys). */
export async function skipPredictions(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript((ids: string[]) => {
    try {
      for (const id of ids) {
        const key = `unrolled:prediction:${location.pathname}#${id}`;
        if (localStorage.getItem(key) === null) localStorage.setItem(key, JSON.stringify({ skipped: true }));
      }
    } catch {
      /* no storage (opaque origin, forbidden): nothing to mark */
    }
  }, PREDICTION_IDS);
}

export const test = base.extend<{ predictions: 'skipped' | 'ask' }>({
  predictions: ['skipped', { option: true }],
  context: async ({ context, predictions }, use) => {
    if (predictions === 'skipped') await skipPredictions(context);
    await use(context);
  },
});

export { expect } from '@playwright/test';
export type { Locator, Page, BrowserContext } from '@playwright/test';
