import { describe, expect, it } from 'vitest';
import { nextDrillState, readDrillState, writeDrillState } from '../../../src/chrome/drillState.ts';

const fallback = { seed: 1, hide: 1 };

describe('drill state in the URL', () => {
  it('reads what it writes, keeping other parameters', () => {
    const search = writeDrillState('?w.alpha=0.1', 'drill-step', { seed: 42, hide: 3 });
    expect(search).toBe('?w.alpha=0.1&drill-step.seed=42&drill-step.hide=3');
    expect(readDrillState(search, 'drill-step', fallback, 4)).toEqual({ seed: 42, hide: 3 });
    expect(readDrillState(search, 'other', fallback, 4)).toEqual(fallback);
  });

  it('falls back on malformed or out-of-range values', () => {
    for (const bad of ['-1', '1.5', 'x', '1e3', '', '9999999999']) {
      expect(readDrillState(`?d.seed=${bad}&d.hide=${bad}`, 'd', fallback, 4)).toEqual(fallback);
    }
    expect(readDrillState('?d.hide=5', 'd', fallback, 4).hide).toBe(1);
    expect(readDrillState('?d.hide=4', 'd', fallback, 4).hide).toBe(4);
  });

  it('deals the next seed, hiding one more step only after a right answer, never more than all', () => {
    expect(nextDrillState({ seed: 7, hide: 1 }, true, 4)).toEqual({ seed: 8, hide: 2 });
    expect(nextDrillState({ seed: 7, hide: 2 }, false, 4)).toEqual({ seed: 8, hide: 2 });
    expect(nextDrillState({ seed: 7, hide: 4 }, true, 4)).toEqual({ seed: 8, hide: 4 });
  });
});
