import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PORT, PORT } from '../playwright.config';
import { BUILDS, pagePaths, walk } from '../support/dist';
import { watchErrors } from '../support/pages';

declare global {
  interface Window {
    /** CSP violations seen since the document started, recorded by the init script below. */
    __cspViolations: string[];
  }
}

/** Records every `securitypolicyviolation` event from the first script that runs on the page. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations);
const SERVERS = [
  { origin: `http://127.0.0.1:${PORT}`, base: '/', dir: BUILDS[0].dir },
  { origin: `http://127.0.0.1:${BASE_PORT}`, base: '/unrolled/', dir: BUILDS[1].dir },
];

for (const { dir, base } of BUILDS) {
  test(`every page under ${base} has a strict script-src and no inline event handlers`, () => {
    for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
      expect(csp, `${file} has a CSP meta tag`).toBeTruthy();
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, file).toContain("'self'");
      expect(scriptSrc, file).not.toMatch(/'unsafe-(inline|eval|hashes)'|\*|data:|blob:/);
      expect(csp, file).toMatch(/worker-src 'self'/);
      expect(csp, file).toMatch(/object-src 'none'/);
      expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], `${file}: inline event handlers`).toEqual([]);
      // Every inline <script> and <style> element is allowed by its hash (Astro can miss some).
      for (const [tag, directive] of [
        ['script', scriptSrc],
        ['style', csp?.split(';').find((d) => d.trim().startsWith('style-src ')) ?? ''],
      ] as const) {
        const inline = [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))];
        for (const m of inline.filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))) {
          const hash = createHash('sha256')
            .update(m[1] ?? '')
            .digest('base64');
          expect(directive, `${file}: inline <${tag}> ${(m[1] ?? '').slice(0, 60)}`).toContain(`'sha256-${hash}'`);
        }
      }
      expect(html, `${file}: javascript: URLs`).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
    }
  });
}

for (const { origin, base, dir } of SERVERS) {
  test(`every page under ${base} loads with zero CSP violations and zero console errors`, async ({ page }) => {
    // One page after another: the time grows with the course (40 pages after issues 16–18).
    test.setTimeout(5_000 * pagePaths(dir).length);
    await recordViolations(page);
    const errors = watchErrors(page);
    for (const path of pagePaths(dir)) {
      await page.goto(`${origin}${base}${path.slice(1)}`);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
});

test("a same-origin module worker may start ('self' in worker-src)", async ({ page }) => {
  await recordViolations(page);
  const errors = watchErrors(page);
  // The widgets' workers are same-origin module scripts; serve a stand-in at a same-origin URL.
  await page.route('**/_astro/csp-probe.worker.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'self.postMessage(6 * 7);' }),
  );
  await page.goto('./');
  const answer = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const worker = new Worker('/_astro/csp-probe.worker.js', { type: 'module' });
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = () => reject(new Error('worker failed'));
      }),
  );
  expect(answer).toBe(42);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("KaTeX's inline style attributes still apply, so display math keeps its layout", async ({ page }, info) => {
  await recordViolations(page);
  await page.goto('./');
  await page.locator('.lesson-card a').first().click();
  // Display math in the lesson's prose: a widget's equations are rewritten as it draws, or held by a prediction.
  const display = page.locator('.katex-display:not(.widget .katex-display)').filter({ visible: true }).first();
  await expect(display).toBeVisible();
  // KaTeX sizes its struts with style="height:…em"; a blocked attribute would leave them at 0 px.
  const struts = await display
    .locator('.strut')
    .evaluateAll((els) =>
      els.map((el) => ({ set: (el as HTMLElement).style.height, px: el.getBoundingClientRect().height })),
    );
  expect(struts.length).toBeGreaterThan(0);
  for (const s of struts) expect(s.px, `strut with style height ${s.set}`).toBeGreaterThan(0);
  // The MathML copy is for screen readers only: KaTeX's stylesheet clips it away.
  const mathml = await display.locator('.katex-mathml').boundingBox();
  expect(mathml?.height ?? 0).toBeLessThanOrEqual(1);
  await info.attach('display-math.png', { body: await display.screenshot(), contentType: 'image/png' });
  expect(await violations(page)).toEqual([]);
});
