// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import AstroPWA from '@vite-pwa/astro';
import { katexWoff2Only } from './src/build/katexWoff2Only.mjs';
import { katexFontPreload } from './src/build/katexPreload.mjs';

/**
 * Sub-path deployment: set BASE_PATH (e.g. "/unrolled/") to serve under a sub-path,
 * as on GitHub Pages. Every internal link goes through `withBase` (src/lib/paths.ts).
 */
const base = process.env.BASE_PATH ?? '/';
/** Where the site is built; OUT_DIR lets tests and audits build side by side (e.g. into /tmp). */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://unrolled.example.org',
  base,
  outDir,
  publicDir: './src/public',
  trailingSlash: 'always',
  build: {
    // Every stylesheet as a file, none inlined: Astro's CSP hashes miss the <style> it inlines for
    // components used inside MDX lessons, and a file is covered by style-src 'self' without a hash.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    // Each page preloads the KaTeX fonts its formulas use (before AstroPWA: its precache lists the final pages).
    katexFontPreload(),
    // Offline: a Workbox service worker precaches the whole built course (pages, scripts, styles,
    // fonts), so a class on a dropping school network keeps working after the first visit.
    // Registered from every page (src/chrome/offline.ts); a new deployment's precache manifest has
    // new revisions, the new worker takes over at once, outdated caches are deleted and the page
    // on screen says "updated — reload".
    AstroPWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: false,
      workbox: {
        // Named explicitly: the plugin's own guess misses an outDir outside the project.
        // `bin`: the digits data file (lessons 14 and 15), fetched by their widgets, works offline too.
        globDirectory: resolve(outDir),
        globPatterns: ['**/*.{html,js,css,woff2,svg,xml,txt,bin}'],
        // Social preview images are for link unfurls, not for reading offline.
        globIgnores: ['og/**'],
        // The precache lists exactly the files the build wrote (`404.html`, `lessons/x/index.html`),
        // so any static server answers every entry with 200. The plugin's own transform would rename
        // them to routes (`404/`), which only `astro preview` answers; giving a transform replaces it.
        // `directoryIndex` still lets a request for `lessons/x/` find `lessons/x/index.html`.
        manifestTransforms: [async (entries) => ({ manifest: entries, warnings: [] })],
        navigateFallback: null,
        directoryIndex: 'index.html',
        // Widget state lives in the query string: any ?… serves the same cached page.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  markdown: {
    // High-contrast code colours: the default theme's comments fail WCAG AA contrast.
    shikiConfig: { theme: 'github-dark-high-contrast' },
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
    build: { sourcemap: process.env.SOURCEMAP === '1' },
    plugins: [katexWoff2Only()],
  },
  experimental: {
    // A CSP <meta> on every page: Astro adds 'self' plus the hashes of the scripts and styles it emits.
    // script-src stays strict (no 'unsafe-inline', no 'unsafe-eval'). KaTeX's HTML carries many
    // `style="…"` attributes; with hashes in style-src, 'unsafe-inline' there would be ignored, so
    // attributes get their own CSP3 directive, style-src-attr, while <style> elements stay hashed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Vite inlines KaTeX's smallest woff2 fonts into the CSS as data: URLs.
        "font-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        // Module workers (new URL('./x.ts', import.meta.url)) and a future service worker: same origin only.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        // Astro's schema only knows CSP2-era directive names; style-src-attr rides on the entry before it.
        "form-action 'self'; style-src-attr 'unsafe-inline'",
      ],
    },
  },
});
