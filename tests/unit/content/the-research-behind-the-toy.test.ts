/**
 * The overview of the research part says two things about its lessons that a test can hold: each
 * asks its question before the figure shows the answer, and each uses the article's setup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleData, articleTraining, landingParams } from '../../../src/solver/index.ts';
import { TAPE } from '../../../content/lessons/the-nested-loop-tape.facts.ts';

const dir = resolve(import.meta.dirname, '../../../content/lessons');
const mdx = (slug: string) => readFileSync(resolve(dir, `${slug}.mdx`), 'utf8');
const part = (text: string) => /^part: (.+)$/m.exec(text)?.[1];
const OVERVIEW = 'the-research-behind-the-toy';

describe('“The research behind the toy”: what it says of the lessons of its part', () => {
  const lessons = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .filter((slug) => slug !== OVERVIEW && part(mdx(slug)) === part(mdx(OVERVIEW)));

  it('each lesson asks a question whose answer the figure then shows (held widget, widget in the reveal, or a TryThis)', () => {
    expect(lessons).toHaveLength(5);
    for (const slug of lessons) {
      const block = /<Prediction[\s\S]*?<\/Prediction>/.exec(mdx(slug))?.[0] ?? '';
      expect(block, slug).not.toBe('');
      expect(/widget="|<Research|<TryThis/.test(block), slug).toBe(true);
    }
  });

  it('the article’s setup: y = −2 … 2 with x = 2y − 4, α = 0.05 and g(0) = 2, used by the tape and the landing runs', () => {
    const { x, y } = articleData();
    expect(y).toEqual([-2, -1, 0, 1, 2]);
    expect(x).toEqual(y.map((v) => 2 * v - 4));
    const t = articleTraining();
    expect([t.model, t.inner.alpha, t.inner.y0]).toEqual(['linear', 0.05, 2]);
    expect([TAPE.data, TAPE.alpha, TAPE.y0]).toEqual([articleData(), 0.05, 2]);
    const l = landingParams(10, 0.3);
    expect([l.data, l.inner.alpha, l.inner.y0]).toEqual([articleData(), 0.05, 2]);
  });
});
