/**
 * KaTeX renders the inside of $…$ as TeX at build time, so an MDX expression written there is
 * printed as its source ("a = SMALL_A0", "10^fx(F.map20.top, 1)") instead of its value. Every
 * lesson's inline math is checked for expressions; numbers go outside the dollars.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../../content/lessons');
/** An MDX expression: a facts field, a formatter call, Math, or an exported constant. */
const CODE = /\{\s*(F\.|(fx|sig|pct)\(|Math\.|[A-Z][A-Z0-9_]{2,}\s*\})/;

/**
 * The inline math spans of a line: the odd pieces between single dollars, once the `${` of
 * template literals is set aside (display math is on lines of its own).
 */
const inlineMath = (line: string) =>
  line.trim().startsWith('$$')
    ? []
    : line
        .replaceAll('${', '{')
        .split('$')
        .filter((_, i) => i % 2 === 1);

describe('inline math in the lessons holds TeX, not MDX expressions', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.mdx')))('%s', (file) => {
    const bad = readFileSync(resolve(dir, file), 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        inlineMath(line)
          .filter((m) => CODE.test(m))
          .map((m) => `line ${i + 1}: $${m}$`),
      );
    expect(bad).toEqual([]);
  });
});
