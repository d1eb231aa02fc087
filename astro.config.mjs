// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { katexWoff2Only } from './src/build/katexWoff2Only.mjs';

/**
 * Sub-path deployment: set BASE_PATH (e.g. "/unrolled/") to serve under a sub-path,
 * as on GitHub Pages. Every internal link goes through `withBase` (src/lib/paths.ts).
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://unrolled.example.org',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  publicDir: './src/public',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    // `trust` lets widgets' equations carry \htmlId / \htmlData slots for live numbers.
    rehypePlugins: [
      [
        rehypeKatex,
        {
          trust: (/** @type {{ command: string }} */ ctx) => ctx.command === '\\htmlId' || ctx.command === '\\htmlData',
          strict: 'ignore',
          output: 'htmlAndMathml',
        },
      ],
    ],
  },
  vite: {
    plugins: [katexWoff2Only()],
  },
});
