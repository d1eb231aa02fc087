import { describe, expect, it } from 'vitest';
import { implicitLimit } from '../../../../src/solver/index.ts';
import { awayGap, neumannBadge } from '../../../../components/widgets/researchNeumann/text.ts';
import { ARTICLE } from '../../../../content/lessons/the-implicit-limit.facts.ts';

describe('the implicit-limit badge started away from the solution', () => {
  const away = implicitLimit({ ...ARTICLE, offset: 6, maxSteps: 40 });
  const at = (N: number) => away.steps.findIndex((s) => s.N === N);

  it('gives the measured gap and its multiple of |c|ᴺ, not "shrinks like |c|ᴺ"', () => {
    const k20 = at(20);
    const s = away.steps[k20]!;
    const multiple = s.gaps.forward / Math.abs(away.c) ** 20;
    expect(awayGap(away, k20)).toMatch(/^The gap to the limit is \S+, \S+ × \|c\|ᴺ\.$/);
    const shown = Number(awayGap(away, k20).match(/, (\S+) ×/)![1]);
    expect(Math.abs(shown / multiple - 1)).toBeLessThan(0.005);
    expect(neumannBadge(away, k20).reason).not.toMatch(/shrinks like/);
  });

  it('the multiple grows with N (larger at 40 than at 20), so a constant times |c|ᴺ would be wrong', () => {
    const m = (N: number) => away.steps[at(N)]!.gaps.forward / Math.abs(away.c) ** N;
    expect(m(40)).toBeGreaterThan(1.5 * m(20));
  });
});
