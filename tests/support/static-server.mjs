// A plain static file server, as a school server, GitHub Pages or `python3 -m http.server` would be:
// files as they are, `dir/` → `dir/index.html`, anything else → 404.html with status 404. No
// rewrites, no routes: what `astro preview` forgives, this does not. Used by tests/e2e/offline.spec.ts.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves `root()` (read on every request, so a test can swap the folder behind the same URL:
 * a new deployment) under the URL prefix `base` on 127.0.0.1:`port`.
 * Resolves to { url, close() }.
 */
export async function serveStatic({ root, base = '/', port }) {
  const dirOf = typeof root === 'function' ? root : () => root;
  const file = async (path) => {
    try {
      const s = await stat(path);
      if (s.isFile()) return { path, mtime: s.mtime };
      if (s.isDirectory()) return await file(join(path, 'index.html'));
    } catch {
      /* not there */
    }
    return null;
  };
  const server = createServer(async (req, res) => {
    const dir = dirOf();
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = pathname.startsWith(base) ? normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '') : null;
    const found = rel === null ? null : await file(join(dir, rel));
    if (found && pathname.endsWith('/') === false && found.path.endsWith('index.html') && !rel.endsWith('.html')) {
      // As a static host does for a folder without its slash: redirect to it.
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const served = found ?? { path: join(dir, '404.html'), mtime: new Date(0) };
    const status = found ? 200 : 404;
    try {
      const body = await readFile(served.path);
      res.writeHead(status, {
        'content-type': TYPES[extname(served.path)] ?? 'application/octet-stream',
        'content-length': body.length,
        'last-modified': served.mtime.toUTCString(),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

// `node tests/support/static-server.mjs <dir> [port] [base]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4433', base = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root: dir, base, port: Number(port) });
  console.log(`serving ${dir} at ${url}`);
}
