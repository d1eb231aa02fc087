// ESLint for the project (run from the root by `npm run lint`: eslint -c tests/eslint.config.mjs .).
// Code rules only; the import boundaries and cycles are dependency-cruiser's (tests/dependency-cruiser.cjs).
// ESLint sees .ts/.mjs/.js files; .astro and .mdx are not linted (no parser installed for them).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-base/**',
      'dist-bench/**',
      '.astro/**',
      'node_modules/**',
      'tests/.output/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Scripts run in Node and hand functions to the browser (page.evaluate), so both sets apply.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
