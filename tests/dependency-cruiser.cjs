/**
 * Import boundaries and cycles (issue 15), checked by `npm run lint`:
 *   depcruise -c tests/dependency-cruiser.cjs src components content tests
 * The layers are the ones README's "Project layout" describes. Paths are relative to the folder
 * depcruise runs in (the project root). Only .ts/.mjs/.js files are parsed: imports in .astro and
 * .mdx files are not checked. tests/unit/lint/boundaries.test.ts lints bad fixtures with this file
 * and expects each rule to fire.
 */
const OUTSIDE_PROJECT = '^node_modules/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles anywhere: every layer must be readable bottom-up.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'solver-imports-only-solver',
      severity: 'error',
      comment: 'src/solver is pure TypeScript: it imports nothing of the project outside src/solver.',
      from: { path: '^src/solver/' },
      to: { pathNot: ['^src/solver/', OUTSIDE_PROJECT] },
    },
    {
      name: 'solver-no-dom-packages',
      severity: 'error',
      comment: 'src/solver has no DOM: no drawing or timing packages.',
      from: { path: '^src/solver/' },
      to: { path: '^node_modules/d3-(selection|axis|timer|ease|contour)/' },
    },
    {
      name: 'words-import-only-solver-and-words',
      severity: 'error',
      comment: 'src/words turns numbers into words: it imports src/solver and src/words only.',
      from: { path: '^src/words/' },
      to: { pathNot: ['^src/(solver|words)/', OUTSIDE_PROJECT] },
    },
    {
      name: 'widgets-stay-out-of-site-and-lessons',
      severity: 'error',
      comment: 'components/widgets never import the site (src/lib, src/chrome, src/pages) or the lessons (content).',
      from: { path: '^components/widgets/' },
      to: { path: '^(src/(lib|chrome|pages)|content)/' },
    },
    {
      name: 'chrome-imports-widgets-words-solver-lib',
      severity: 'error',
      comment: 'src/chrome imports components/widgets, src/words, src/solver, src/lib only.',
      from: { path: '^src/chrome/' },
      to: { pathNot: ['^(components/widgets|src/(words|solver|lib|chrome))/', OUTSIDE_PROJECT] },
    },
    {
      name: 'content-not-pages',
      severity: 'error',
      comment: 'Lessons and their facts may import anything except the pages.',
      from: { path: '^content/' },
      to: { path: '^src/pages/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-base|\\.astro|node_modules|tests/\\.output)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
