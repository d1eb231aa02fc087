import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const seed = resolve(root, '..', 'shared', 'seed', 'inverse-problem-part-3.txt');
const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** Every MDX lesson under content/, and every page (MDX or Astro) under src/pages/. */
function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxFiles(join(dir, d.name)) : /\.(mdx|astro)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('lesson text is written in the project’s own words', () => {
  it.skipIf(!existsSync(seed))('no lesson shares a run of 8 or more words with the article', () => {
    const article = words(readFileSync(seed, 'utf8'));
    const runs = new Set(article.slice(0, -7).map((_, i) => article.slice(i, i + 8).join(' ')));
    const hits: string[] = [];
    for (const file of [...mdxFiles(join(root, 'content')), ...mdxFiles(join(root, 'src', 'pages'))]) {
      const w = words(readFileSync(file, 'utf8'));
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (runs.has(run)) hits.push(`${file.slice(root.length + 1)}: "${run}"`);
      }
    }
    expect(hits).toEqual([]);
  });
});
