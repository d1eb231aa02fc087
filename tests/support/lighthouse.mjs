// Runs Lighthouse against a URL in the same Chromium the end-to-end tests use.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from './browser.mjs';

/** The four Lighthouse categories, in the order the report prints them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Headless flags for a closed network (the list); --no-sandbox because CI runs as root. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable: the finder's choice, or Playwright's own when that is what it found. */
export function chromePath() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: see tests/support/ensure-browser.mjs');
  return found.executablePath ?? chromium.executablePath();
}

/** Launches one headless Chromium for several Lighthouse runs; call `kill()` when done. */
export function launchChrome() {
  return chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
}

/**
 * Audits one URL with the mobile (Lighthouse's default) or desktop preset.
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 * @param {{ port: number }} chrome a browser from `launchChrome()`
 * @param {string[]} [onlyCategories] all four when omitted
 * @returns {Promise<{ scores: Record<string, number>, lcp: number, tbt: number, cls: number, failures: string[] }>}
 *   scores 0–100; LCP and TBT in ms; `failures` lists the audits that scored below 1 in the asked categories.
 */
export async function audit(url, preset, chrome, onlyCategories = CATEGORIES) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  /** @type {Record<string, number>} */
  const scores = {};
  const failures = [];
  for (const id of onlyCategories) {
    const category = lhr.categories[id];
    if (!category) continue;
    scores[id] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failures.push(`${id}/${a.id}: ${a.title}`);
    }
  }
  const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    scores,
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failures,
  };
}
