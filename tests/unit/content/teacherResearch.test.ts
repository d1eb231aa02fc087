import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESEARCH_SESSION, researchExercises, researchGuide } from '../../../src/lib/teacherResearch.ts';
import { researchAGuide } from '../../../src/lib/teacherGuideResearchA.ts';
import { facts as horizon, SMALL_A0 } from '../../../content/lessons/short-horizon-bias.facts.ts';
import { facts as explode } from '../../../content/lessons/when-unrolled-gradients-explode.facts.ts';
import { formatFixed as fx, formatSig as sig } from '../../../src/words/format.ts';

const lessonsDir = resolve(import.meta.dirname, '../../../content/lessons');
const mdx = (slug: string) => readFileSync(resolve(lessonsDir, `${slug}.mdx`), 'utf8');
const partOf = (slug: string) => /^part: (.+)$/m.exec(mdx(slug))?.[1];
const guideText = (g: ReturnType<typeof researchAGuide>[string]) =>
  [g.goal, g.ask, g.answer, g.presets, ...g.misconceptions.flatMap((m) => [m.belief, m.shows])].join(' ');

describe('the fifth session of the teachers’ page: the research behind the toy', () => {
  it('covers every lesson of the part once, within 45 minutes, each with a goal, a question and a misconception', () => {
    const research = readFileSync(resolve(lessonsDir, 'the-research-behind-the-toy.mdx'), 'utf8');
    const part = /^part: (.+)$/m.exec(research)?.[1];
    const inPart = readdirSync(lessonsDir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4))
      .filter((slug) => partOf(slug) === part);
    const planned = RESEARCH_SESSION.parts.map((p) => p.slug);
    expect([...planned].sort()).toEqual([...inPart].sort());
    expect(planned).toHaveLength(6);
    expect(RESEARCH_SESSION.parts.reduce((m, p) => m + p.minutes, 0)).toBeLessThanOrEqual(45);
    const guide = researchGuide();
    for (const p of RESEARCH_SESSION.parts) {
      expect(p.minutes).toBeGreaterThan(0);
      expect(p.skip.length).toBeGreaterThan(5);
      expect(guide[p.slug]?.goal.length).toBeGreaterThan(10);
      expect(guide[p.slug]?.ask.length).toBeGreaterThan(10);
      expect(guide[p.slug]?.misconceptions.length).toBeGreaterThan(0);
    }
  }, 30_000); // the guide computes the facts of all six lessons (8 s on a loaded machine)

  it('quotes the numbers of lessons 17 and 18 as their facts compute them', () => {
    const H = horizon();
    const E = explode();
    const g = researchAGuide();
    const short = g['short-horizon-bias']!;
    expect(short.ask).toContain(`a₀ = ${SMALL_A0}`);
    expect(short.answer).toContain(`a = ${fx(H.n10.fromSmall.a, 4)}`);
    expect(short.answer).toContain(`c = ${fx(H.n10.small.c, 3)}`);
    expect(guideText(short)).toContain(sig(H.small10At20, 3));
    // The answer says no: the small fit of N = 10 is far from 2.
    expect(Math.abs(H.n10.fromSmall.a - 2)).toBeGreaterThan(0.5);
    const explodeGuide = g['when-unrolled-gradients-explode']!;
    expect(explodeGuide.answer.startsWith(fx(E.ratio20over10, 1))).toBe(true);
    expect(explodeGuide.ask).toContain(`c = ${fx(E.c, 1)}`);
    expect(guideText(explodeGuide)).toContain(`${E.rough[2]!.extrema} at N = ${E.rough[2]!.N}`);
    expect(explodeGuide.presets).toContain(`${E.map20.diverging} of ${E.map20.cells}`);
  });

  it('lists exactly the exercises of each lesson, with the answer the lesson accepts', () => {
    const H = horizon();
    const E = explode();
    const ex = researchExercises();
    for (const slug of RESEARCH_SESSION.parts.map((p) => p.slug)) {
      const onPage = [...mdx(slug).matchAll(/<Exercise id="([^"]+)"/g)].map((m) => m[1]);
      expect(ex.filter((e) => e.slug === slug).map((e) => e.id)).toEqual(onPage);
    }
    const answer = (id: string) => ex.find((e) => e.id === id)!.answer;
    expect(answer('ex-horizon-c')).toBe(H.table.find((r) => r.N === 8)!.roots[0]!.c);
    expect(answer('ex-horizon-count')).toBe(H.count7);
    expect(answer('ex-explode-log')).toBeCloseTo(Math.log10(Math.abs(E.growth.find((r) => r.N === 20)!.tangent)), 12);
    for (const e of ex) {
      expect(Number.isFinite(e.answer), e.id).toBe(true);
      expect(e.working, e.id).toContain(fx(e.answer, e.decimals));
    }
  });
});
