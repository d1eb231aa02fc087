import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The two builds made by tests/support/build-sites.mjs, with their base paths. */
export const BUILDS = [
  { dir: resolve(ROOT, process.env.DIST_DIR ?? 'dist'), base: '/' },
  { dir: resolve(ROOT, process.env.DIST_BASE_DIR ?? 'dist-base'), base: '/unrolled/' },
] as const;

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function walk(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run "node tests/support/build-sites.mjs" first`);
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out;
}

/**
 * The site paths of the built pages, e.g. `/`, `/lessons/x/`, `/404.html` (without the base).
 * Pages other than `index.html` keep their extension: that is the URL a static server answers
 * with 200 (`/404` itself is answered with status 404).
 */
export function pagePaths(dir: string = BUILDS[0].dir): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The attribute values of `attr` on tags named `tag` (a small regex scan of built HTML). */
export function attrValues(html: string, tag: string, attr: string): string[] {
  const values: string[] = [];
  const tagRe = new RegExp(`<${tag}\\b[^>]*>`, 'gi');
  const attrRe = new RegExp(`\\s${attr}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  for (const m of html.matchAll(tagRe)) {
    const a = m[0].match(attrRe);
    if (a) values.push(a[2] ?? a[3] ?? a[4] ?? '');
  }
  return values;
}

/** Maps a URL path under `base` to the file in `dir` that serves it, or null. */
export function fileFor(dir: string, base: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  if (!clean.startsWith(base)) return null;
  const rel = clean.slice(base.length);
  const candidates = [rel, join(rel, 'index.html'), `${rel}.html`];
  for (const c of candidates) {
    const full = join(dir, c);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

/**
 * The JavaScript a page loads: its module scripts and module preloads, plus every chunk they
 * import statically, as a map from file to gzip size in bytes.
 */
export function pageScripts(dir: string, base: string, htmlFile: string): Map<string, number> {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Map<string, number>();
  const queue = [...attrValues(html, 'script', 'src'), ...modulePreloads(html)];
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => m[1] ?? '');
  inline.forEach((code, i) => {
    if (code.trim()) seen.set(`inline#${i}`, gzipSync(code).length);
    queue.push(...staticImports(code).map((s) => new URL(s, `http://x${base}`).pathname));
  });
  while (queue.length) {
    const src = queue.shift() as string;
    const file = fileFor(dir, base, new URL(src, `http://x${base}`).pathname);
    if (!file || seen.has(file)) continue;
    const code = readFileSync(file);
    seen.set(file, gzipSync(code).length);
    const from = `/${relative(dir, file).replace(/\\/g, '/')}`;
    for (const imp of staticImports(code.toString('utf8'))) {
      queue.push(new URL(imp, `http://x${base}${from.slice(1)}`).pathname);
    }
  }
  return seen;
}

function modulePreloads(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/gi)]
    .map((m) => m[0].match(/href="([^"]+)"/)?.[1])
    .filter((s): s is string => !!s);
}

/** Static `import … from "x"` and `import "x"` specifiers that are relative or absolute paths. */
export function staticImports(code: string): string[] {
  const re = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["']([./][^"']+)["']/g;
  return [...code.matchAll(re)].map((m) => m[1] as string);
}
