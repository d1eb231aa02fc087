/**
 * Milestones: the records a presenter's clicker stops at in a long run (issue 13). A run of
 * 2500 updates stepped one at a time never reaches its end in class; stepped through
 * milestones it shows the start, the first updates, each new order of magnitude of the
 * objective, and the end, in a handful of presses.
 */

/**
 * At most this many milestones per run: with one press to bring the widget onto the screen and
 * one to leave, a presenter's slide is left with at most 8 presses.
 */
export const MAX_MILESTONES = 7;

/** The order of magnitude of |v| (…, −1 for 0.5, 0 for 5, 1 for 50); null when v is 0 or not finite. */
function decade(v: number | undefined): number | null {
  if (v === undefined || !Number.isFinite(v) || v === 0) return null;
  return Math.floor(Math.log10(Math.abs(v)));
}

/**
 * The milestone indices of a run of `count` records whose objective (training's T, an
 * inversion's loss) is `values`: every record when there are at most `max`; otherwise record 0,
 * 1, 10, 100, … , each record where the objective enters a new decade, and the last record,
 * thinned to `max` by dropping the milestone closest to its neighbours on a log scale of k.
 * Sorted, distinct, always starting at 0 and ending at count − 1.
 */
export function milestones(count: number, values: readonly number[] = [], max = MAX_MILESTONES): number[] {
  const n = Math.max(1, Math.floor(count));
  const last = n - 1;
  if (n <= max) return Array.from({ length: n }, (_, k) => k);
  const picked = new Set<number>([0, last]);
  for (let p = 1; p < last; p *= 10) picked.add(p);
  for (let k = 1; k < Math.min(n, values.length); k++) {
    const before = decade(values[k - 1]);
    const now = decade(values[k]);
    if (now !== null && before !== null && now !== before) picked.add(k);
  }
  const ks = [...picked].sort((a, b) => a - b);
  const pos = (k: number) => Math.log1p(k);
  while (ks.length > Math.max(2, max)) {
    // Drop the interior milestone whose neighbours are closest together: the least informative stop.
    let drop = 1;
    let gap = Infinity;
    for (let i = 1; i < ks.length - 1; i++) {
      const g = pos(ks[i + 1] as number) - pos(ks[i - 1] as number);
      if (g < gap) {
        gap = g;
        drop = i;
      }
    }
    ks.splice(drop, 1);
  }
  return ks;
}
