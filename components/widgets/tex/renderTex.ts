import katex from 'katex';

/**
 * Typesets an equation at build time (used only in .astro frontmatter, so no KaTeX reaches the
 * browser). HTML output only: the widget gives screen readers the same equation as a sentence
 * with its live numbers, which MathML could not update.
 */
export function renderTex(tex: string): string {
  return katex.renderToString(tex, {
    displayMode: true,
    output: 'html',
    strict: 'ignore',
    trust: (ctx) => ctx.command === '\\htmlData',
  });
}
