// npm run audit: builds the site (like dist/, in a private folder), serves it with `astro preview` on a free port, runs Lighthouse
// (mobile and desktop presets) on every built page, prints a table, and stops the server.
// Performance is reported, not enforced; targets are printed next to the table.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORIES, audit, launchChrome } from './lighthouse.mjs';

/** The URL paths of the built pages, as tests/support/dist.ts lists them (`/`, `/lessons/x/`, `/404.html`). */
function pagePaths(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers, or rejects after `ms`. */
async function waitFor(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

// A private build directory: a concurrent `npm run build` or `npm test` rewriting dist/ cannot pull
// pages from under the preview server (which indexes its files when it starts).
const outDir = mkdtempSync(join(tmpdir(), 'unrolled-audit-'));
const env = { ...process.env, OUT_DIR: outDir };
execSync('npx astro build', { stdio: ['ignore', 'ignore', 'inherit'], env });
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
  env,
});
const stopServer = () => {
  // npx starts astro as a child: end the whole process group we started.
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  rmSync(outDir, { recursive: true, force: true });
};
process.on('exit', stopServer);

const rows = [];
let chrome;
try {
  await waitFor(`${origin}/`);
  chrome = await launchChrome();
  for (const path of pagePaths(outDir)) {
    for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
      const r = await audit(`${origin}${path}`, preset, chrome);
      rows.push({ path, preset, ...r });
      process.stderr.write(`[audit] ${path} ${preset} done\n`);
    }
  }
} finally {
  chrome?.kill();
  stopServer();
}

const short = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };
const header = ['Page', 'Preset', ...CATEGORIES.map((c) => short[c]), 'LCP', 'TBT', 'CLS'];
const body = rows.map((r) => [
  r.path,
  r.preset,
  ...CATEGORIES.map((c) => String(r.scores[c])),
  `${(r.lcp / 1000).toFixed(2)} s`,
  `${Math.round(r.tbt)} ms`,
  r.cls.toFixed(3),
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of body) console.log(line(row));

// Targets: performance ≥ 95 on mobile; accessibility, best practices and SEO = 100 everywhere.
const misses = rows.flatMap((r) => {
  const out = [];
  if (r.preset === 'mobile' && r.scores.performance < 95)
    out.push(`${r.path} mobile performance ${r.scores.performance}`);
  for (const c of CATEGORIES.slice(1)) if (r.scores[c] < 100) out.push(`${r.path} ${r.preset} ${c} ${r.scores[c]}`);
  return out.map((m) => {
    const why = r.failures.filter((f) => f.startsWith(`${m.split(' ')[2]}/`));
    return `${m} (${why.join('; ') || 'no failing audit listed'})`;
  });
});
console.log(misses.length ? `\nBelow target:\n  ${misses.join('\n  ')}` : '\nEvery page meets its targets.');
