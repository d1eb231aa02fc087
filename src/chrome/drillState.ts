/**
 * A drill's seed and how many worked steps it hides, read from and written to
 * the page URL as `<id>.seed` and `<id>.hide`, so a teacher can hand a class
 * one deal with a link.
 */

export interface DrillState {
  seed: number;
  /** Worked steps hidden at the end (1: only the answer), grown by one after each correct answer. */
  hide: number;
}

const whole = (text: string | null, min: number, max: number): number | null => {
  if (text === null || !/^\d{1,9}$/.test(text)) return null;
  const v = Number(text);
  return v >= min && v <= max ? v : null;
};

/** The state in `search` for drill `id`, falling back to `fallback` for what is missing or malformed. */
export function readDrillState(search: string, id: string, fallback: DrillState, steps: number): DrillState {
  const q = new URLSearchParams(search);
  return {
    seed: whole(q.get(`${id}.seed`), 0, 999_999_999) ?? fallback.seed,
    hide: whole(q.get(`${id}.hide`), 1, steps) ?? fallback.hide,
  };
}

/** `search` with drill `id`'s state written in (other parameters kept). */
export function writeDrillState(search: string, id: string, s: DrillState): string {
  const q = new URLSearchParams(search);
  q.set(`${id}.seed`, String(s.seed));
  q.set(`${id}.hide`, String(s.hide));
  return `?${q.toString()}`;
}

/** The next deal: the next seed, hiding one more step if the last answer was right (at most all). */
export function nextDrillState(s: DrillState, wasRight: boolean, steps: number): DrillState {
  return { seed: s.seed + 1, hide: wasRight ? Math.min(steps, s.hide + 1) : s.hide };
}
