/**
 * Vite plugin: strips the `.woff` and `.ttf` fallbacks from KaTeX's stylesheet so that only
 * the `.woff2` fonts (supported by every browser the course targets) are copied to `dist/`.
 * @returns {import('vite').Plugin}
 */
export function katexWoff2Only() {
  return {
    name: 'unrolled:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: stripFallbackFonts(code), map: null };
    },
  };
}

/**
 * Removes `,url(…woff) format("woff")` and `,url(…ttf) format("truetype")` from @font-face rules.
 * @param {string} css
 */
export function stripFallbackFonts(css) {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\((?:"|')(?:woff|truetype)(?:"|')\)/g, '');
}
