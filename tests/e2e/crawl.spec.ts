import { test, expect, type Page } from '@playwright/test';
import { BASE_PORT, PORT } from '../playwright.config';
import { BUILDS, pagePaths } from '../support/dist';
import { watchErrors } from '../support/pages';

/** The two preview servers: dist/ at the root, dist-base/ under /unrolled/. */
const SERVERS = [
  { origin: `http://127.0.0.1:${PORT}`, base: '/', dir: BUILDS[0].dir },
  { origin: `http://127.0.0.1:${BASE_PORT}`, base: '/unrolled/', dir: BUILDS[1].dir },
];

/** What one page links to (absolute URLs), and the ids its fragments may point at. */
interface PageLinks {
  refs: { url: string; from: string }[];
  ids: string[];
  ogImage: string | null;
}

/** Reads every link and asset reference from the rendered DOM: <a>, <link>, <script>, <img>, <source>. */
function pageLinks(page: Page): Promise<PageLinks> {
  return page.evaluate(() => {
    const refs: { url: string; from: string }[] = [];
    const add = (raw: string | null, from: string) => {
      if (raw) refs.push({ url: new URL(raw, document.baseURI).href, from });
    };
    document.querySelectorAll('a[href], link[href]').forEach((el) => add(el.getAttribute('href'), el.tagName));
    document
      .querySelectorAll('script[src], img[src], source[src]')
      .forEach((el) => add(el.getAttribute('src'), el.tagName));
    document.querySelectorAll('img[srcset], source[srcset]').forEach((el) => {
      for (const part of (el.getAttribute('srcset') ?? '').split(',')) add(part.trim().split(/\s+/)[0] ?? '', 'srcset');
    });
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    const ogImage = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null;
    return { refs, ids, ogImage };
  });
}

/** `url(…)` references in a stylesheet, resolved against the stylesheet's URL. */
function cssUrls(css: string, from: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] as string)
    .filter((u) => !u.startsWith('data:'))
    .map((u) => new URL(u, from).href);
}

for (const { origin, base, dir } of SERVERS) {
  test(`a crawl from the home page under ${base} finds no broken link, failed request or console error`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    const home = `${origin}${base}`;
    const queue: { url: string; from: string }[] = [{ url: home, from: 'start' }];
    const seen = new Set<string>();
    const visitedPages = new Set<string>();
    const idsByPage = new Map<string, Set<string>>();
    const fragments: { page: string; id: string; from: string }[] = [];
    const broken: string[] = [];
    const external = new Set<string>();

    while (queue.length) {
      const { url: raw, from } = queue.shift() as { url: string; from: string };
      const url = new URL(raw);
      if (url.origin !== origin) {
        if (/^https?:$/.test(url.protocol)) external.add(url.href);
        continue; // no network: external links are listed, not fetched
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      url.hash = '';
      if (hash) fragments.push({ page: url.href, id: hash, from });
      if (!url.pathname.startsWith(base)) broken.push(`${url.pathname} is outside the base path (from ${from})`);
      if (seen.has(url.href)) continue;
      seen.add(url.href);

      const head = await page.request.get(url.href, { maxRedirects: 0 });
      if (head.status() !== 200) {
        broken.push(`${url.href} → HTTP ${head.status()} (from ${from})`);
        continue;
      }
      const type = head.headers()['content-type'] ?? '';
      if (type.startsWith('text/html')) {
        await page.goto(url.href);
        await page.waitForLoadState('networkidle');
        visitedPages.add(url.pathname.slice(base.length - 1));
        const links = await pageLinks(page);
        idsByPage.set(url.href, new Set(links.ids));
        queue.push(...links.refs.map((r) => ({ url: r.url, from: `${url.pathname} <${r.from.toLowerCase()}>` })));
        // og:image names the public site; the same path must exist on this server.
        if (links.ogImage) {
          queue.push({ url: `${origin}${new URL(links.ogImage).pathname}`, from: `${url.pathname} og:image` });
        }
      } else if (type.startsWith('text/css')) {
        queue.push(...cssUrls(await head.text(), url.href).map((u) => ({ url: u, from: `${url.pathname} url()` })));
      }
    }

    for (const f of fragments) {
      const ids = idsByPage.get(f.page);
      if (ids && !ids.has(f.id)) broken.push(`${f.page}#${f.id} has no such id (from ${f.from})`);
    }
    test.info().annotations.push({
      type: 'crawl',
      description: `${seen.size} URLs, ${visitedPages.size} pages; external (not fetched): ${[...external].join(', ')}`,
    });
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    // Built pages no link leads to (besides the 404 page) are listed, not failed: a page may be unlisted on purpose.
    const unlinked = pagePaths(dir).filter((p) => p !== '/404.html' && !visitedPages.has(p));
    if (unlinked.length)
      test.info().annotations.push({ type: 'not linked from home', description: unlinked.join(', ') });
    expect(visitedPages.size).toBeGreaterThan(1);
  });

  test(`robots.txt under ${base} points at a sitemap that lists the home page and every lesson`, async ({
    request,
  }) => {
    const robots = await request.get(`${origin}${base}robots.txt`);
    expect(robots.status()).toBe(200);
    const sitemapUrl = (await robots.text()).match(/^Sitemap:\s*(\S+)$/m)?.[1];
    expect(sitemapUrl).toBeTruthy();
    // The sitemap names the public site; its paths must exist on this server.
    const sitemapPath = new URL(sitemapUrl as string).pathname;
    expect(sitemapPath).toBe(`${base}sitemap.xml`);
    const sitemap = await (await request.get(`${origin}${sitemapPath}`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    const expected = pagePaths(dir)
      .filter((p) => p === '/' || p.startsWith('/lessons/'))
      .map((p) => `${base}${p.slice(1)}`);
    expect(locs.sort()).toEqual(expected.sort());
    for (const loc of locs) expect((await request.get(`${origin}${loc}`)).status(), loc).toBe(200);
  });

  test(`a missing address under ${base} answers 404 with the site's not-found page`, async ({ page }) => {
    const response = await page.goto(`${origin}${base}no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: /course home/i }).click();
    await expect(page).toHaveURL(`${origin}${base}`);
  });
}
