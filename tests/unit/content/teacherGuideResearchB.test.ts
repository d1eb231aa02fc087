import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESEARCH_B_PARTS, researchBExercises, researchBGuide } from '../../../src/lib/teacherGuideResearchB.ts';

const mdx = (slug: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../content/lessons', `${slug}.mdx`), 'utf8');

describe('the teachers’ guide of lessons 19–21', () => {
  it('covers each lesson once, within 45 minutes, with a goal, a question and a misconception', () => {
    const guide = researchBGuide();
    expect(RESEARCH_B_PARTS.reduce((m, p) => m + p.minutes, 0)).toBeLessThanOrEqual(45);
    for (const p of RESEARCH_B_PARTS) {
      expect(guide[p.slug]?.goal.length).toBeGreaterThan(10);
      expect(guide[p.slug]?.misconceptions.length).toBeGreaterThan(0);
    }
  });

  it('lists exactly the exercises the lessons contain', () => {
    for (const p of RESEARCH_B_PARTS) {
      const onPage = [...mdx(p.slug).matchAll(/<Exercise id="([^"]+)"/g)].map((m) => m[1]);
      expect(
        researchBExercises()
          .filter((e) => e.slug === p.slug)
          .map((e) => e.id),
      ).toEqual(onPage);
    }
    for (const e of researchBExercises()) expect(Number.isFinite(e.answer)).toBe(true);
  });
});
