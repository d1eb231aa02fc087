import { expect, it } from 'vitest';
import { rewindBadge } from '../../../../components/widgets/researchRewind/text.ts';
import { computeRewind } from '../../../../components/widgets/researchRewind/compute.ts';

it('the widget says "lost", not "peeling away", where the readout says the start is lost', () => {
  const run = computeRewind({ alpha: 0.025, a: 2, y0: 8, N: 200, mu: 0 });
  expect(run.lostAfter).toBe(163);
  const start = run.rewind.steps.length - 1;
  expect(rewindBadge(run, start).label).toMatch(/^Lost at n = 0\./);
});
