import type { APIRoute } from 'astro';
import { orderedLessons } from '../lib/lessons';
import { withBase } from '../lib/paths';

/** sitemap.xml: the home page and every lesson, as absolute URLs under the base path. */
export const GET: APIRoute = async ({ site }) => {
  const lessons = await orderedLessons();
  const paths = ['', ...lessons.map((l) => `lessons/${l.id}/`)];
  const urls = paths.map((p) => `  <url><loc>${new URL(withBase(p), site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
