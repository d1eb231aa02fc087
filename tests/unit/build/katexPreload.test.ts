import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { fontsOfPage, withFontPreloads } from '../../../src/build/katexPreload.mjs';

const tex = (source: string, displayMode = false) =>
  katex.renderToString(source, { displayMode, output: 'htmlAndMathml' });

describe('the KaTeX fonts a page preloads', () => {
  it('are the ones its formulas use', () => {
    expect(fontsOfPage(tex('x + 1'))).toEqual(['Main-Regular', 'Math-Italic']);
    expect(fontsOfPage(tex('2 + 3'))).toEqual(['Main-Regular']);
    expect(fontsOfPage(tex('\\mathbb{R}'))).toEqual(['AMS-Regular', 'Main-Regular']);
    expect(fontsOfPage(tex('\\sum_i y_i'))).toContain('Size1-Regular');
    expect(fontsOfPage(tex('\\sum_i y_i', true))).toContain('Size2-Regular');
    expect(fontsOfPage(tex('\\left(\\frac{a}{b}\\right)', true))).toContain('Size2-Regular');
    expect(fontsOfPage(tex('\\mathbf{D}\\,\\boldsymbol{\\theta}'))).toEqual([
      'Main-Bold',
      'Main-Regular',
      'Math-BoldItalic',
    ]);
    expect(fontsOfPage('<p class="mathnormal-ish">no formula</p>')).toEqual([]);
  });
  it('are linked before the first stylesheet, and a page without formulas is left as it is', () => {
    const files = new Map([
      ['Main-Regular', '/_astro/KaTeX_Main-Regular.abc.woff2'],
      ['Math-Italic', '/_astro/KaTeX_Math-Italic.def.woff2'],
    ]);
    const head = '<head><link rel="stylesheet" href="/a.css"></head>';
    const page = withFontPreloads(`${head}<body>${tex('y')}</body>`, files);
    expect(page.indexOf('KaTeX_Math-Italic.def.woff2')).toBeLessThan(page.indexOf('rel="stylesheet"'));
    expect(page).toContain(
      '<link rel="preload" href="/_astro/KaTeX_Main-Regular.abc.woff2" as="font" type="font/woff2" crossorigin>',
    );
    expect(withFontPreloads(`${head}<body><p>text</p></body>`, files)).toBe(`${head}<body><p>text</p></body>`);
  });
});
