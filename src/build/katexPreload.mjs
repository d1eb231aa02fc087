/**
 * Astro integration: every built page preloads the KaTeX fonts its formulas use.
 *
 * Without it the browser meets each font only while laying the page out; each font that then
 * arrives lays the whole page out again. On a long lesson at 4× CPU throttling that was two more
 * layouts of 30–50 ms each at load (issue 14). The fonts a page uses follow from the classes
 * KaTeX writes (the selectors of katex.css). The hook runs before the service worker's precache
 * manifest is written (it is listed before AstroPWA), so the manifest lists the final pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The font files a set of KaTeX classes uses, as in katex.css (the fonts only a rare command
 * needs, Fraktur, Script, SansSerif and Typewriter, are left to load when met).
 * @param {Set<string>} c the classes of one element
 * @returns {string[]}
 */
export function fontsOfClasses(c) {
  const fonts = [];
  if (c.has('katex')) fonts.push('Main-Regular');
  if (c.has('mathnormal')) fonts.push('Math-Italic');
  if (c.has('mathit')) fonts.push('Main-Italic');
  if (c.has('mathbf')) fonts.push('Main-Bold');
  if (c.has('boldsymbol')) fonts.push('Math-BoldItalic');
  if (c.has('amsrm') || c.has('mathbb') || c.has('textbb')) fonts.push('AMS-Regular');
  if (c.has('mathcal')) fonts.push('Caligraphic-Regular');
  for (const n of [1, 2, 3, 4]) if (c.has('delimsizing') && c.has(`size${n}`)) fonts.push(`Size${n}-Regular`);
  if (c.has('delim-size1')) fonts.push('Size1-Regular');
  if (c.has('delim-size4')) fonts.push('Size4-Regular');
  if (c.has('op-symbol') && c.has('small-op')) fonts.push('Size1-Regular');
  if (c.has('op-symbol') && c.has('large-op')) fonts.push('Size2-Regular');
  return fonts;
}

/**
 * The KaTeX fonts used in a page's HTML, in a stable order.
 * @param {string} html
 * @returns {string[]}
 */
export function fontsOfPage(html) {
  const used = new Set();
  for (const m of html.matchAll(/class="([^"]*)"/g)) {
    const classes = new Set((m[1] ?? '').split(/\s+/));
    for (const f of fontsOfClasses(classes)) used.add(f);
  }
  return [...used].sort();
}

/**
 * `html` with a preload link for each KaTeX font it uses, before its first stylesheet.
 * @param {string} html
 * @param {Map<string, string>} files font name (Main-Regular) → its address in the built site
 */
export function withFontPreloads(html, files) {
  const links = fontsOfPage(html)
    .map((f) => files.get(f))
    .filter(Boolean)
    .map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`)
    .join('');
  const at = html.indexOf('<link rel="stylesheet"');
  return links && at >= 0 ? html.slice(0, at) + links + html.slice(at) : html;
}

/** @param {string} dir */
async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** @returns {import('astro').AstroIntegration} */
export function katexFontPreload() {
  let base = '/';
  return {
    name: 'unrolled:katex-font-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = new Map();
        for (const name of await readdir(join(root, '_astro'))) {
          const m = /^KaTeX_([A-Za-z0-9-]+)\.[\w-]+\.woff2$/.exec(name);
          if (m?.[1]) files.set(m[1], `${base}_astro/${name}`);
        }
        for (const path of await htmlFiles(root)) {
          const html = await readFile(path, 'utf8');
          const next = withFontPreloads(html, files);
          if (next !== html) await writeFile(path, next);
        }
      },
    },
  };
}
