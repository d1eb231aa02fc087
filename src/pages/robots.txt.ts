import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/** robots.txt: everything may be crawled; points at the sitemap (under the base path). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
