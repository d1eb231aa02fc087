/**
 * Prefixes a site-internal path with the configured base path (Astro's `BASE_URL`),
 * so the site works at the domain root and under a sub-path such as `/unrolled/`.
 * @param path a path from the site root, e.g. `lessons/what-is-an-inverse-problem/`
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}
