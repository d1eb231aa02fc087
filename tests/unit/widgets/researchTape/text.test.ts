import { describe, expect, it } from 'vitest';
import { nestedTape, tapeAt } from '../../../../src/solver/index.ts';
import { tapeBadge } from '../../../../components/widgets/researchTape/text.ts';
import { TAPE } from '../../../../content/lessons/the-nested-loop-tape.facts.ts';

describe('the tape’s badge at the end of a sweep', () => {
  const tape = nestedTape(TAPE);
  const last = tape.perUpdate - 1;

  it('says the two modes agree only when the records show it', () => {
    for (let k = 0; k < TAPE.updates; k++) {
      const b = tapeBadge(tape, tape.records.indexOf(tapeAt(tape, k, last)!));
      expect(b.tone).toBe('converged');
      expect(b.reason).toMatch(/equals forward mode's (exactly|to \S+ relative)/);
    }
  });

  it('says they disagree, and by how much, when they do', () => {
    const end = tapeAt(tape, 0, last)!;
    const broken = { ...tape, records: [{ ...end, grad: [end.grad![0] * 1.5, end.grad![1]] as [number, number] }] };
    const b = tapeBadge(broken, 0);
    expect(b.tone).toBe('diverged');
    expect(b.label).toContain('disagrees');
    expect(b.reason).toMatch(/differs from forward mode's by 0\.\d+ relative/);
  });
});
