import { describe, expect, it } from 'vitest';
import { Stepper } from '../../../../components/widgets/runtime/stepper';

describe('the stepper', () => {
  it('keeps k within 0…count−1, rounds it, and notifies every move', () => {
    const s = new Stepper(5);
    const seen: number[] = [];
    s.onChange((k) => seen.push(k));
    s.seek(9);
    s.step(-1);
    s.seek(-3);
    s.seek(2.6);
    s.seek(Number.NaN);
    expect(seen).toEqual([4, 3, 0, 3, 0]);
    expect(s.last).toBe(4);
  });

  it('a new run keeps k where it can, and never plays on', () => {
    const s = new Stepper(10);
    s.seek(7);
    s.reset(5, 7);
    expect(s.k).toBe(4);
    expect(s.playing).toBe(false);
    s.reset(0);
    expect(s.count).toBe(1);
  });

  it('play at the end starts from 0; a hold stops the timer until every hold is released', () => {
    const s = new Stepper(3);
    s.seek(2);
    s.play();
    expect(s.k).toBe(0);
    expect(s.playing).toBe(true);
    s.hold('offscreen', true);
    s.hold('hidden', true);
    expect(s.playing).toBe(false);
    s.hold('offscreen', false);
    expect(s.playing).toBe(false);
    s.hold('hidden', false);
    expect(s.playing).toBe(true);
    s.toggle();
    expect(s.playing).toBe(false);
    s.dispose();
  });

  it('refuses a speed that is not positive', () => {
    const s = new Stepper(3);
    s.setSpeed(16);
    expect(s.speed).toBe(16);
    s.setSpeed(0);
    expect(s.speed).toBe(4);
  });
});
