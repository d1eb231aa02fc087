/**
 * Where a committed prediction is kept: this browser's localStorage only, under a key named by
 * the lesson's path and the prediction's id, so a reader who comes back finds the reveal open
 * and nothing leaves the device. Storage that is missing, full or forbidden (private windows,
 * blocked cookies) is not an error: the guess is then simply not remembered.
 */

/** What is remembered: the guess as the form gives it, or that the reader skipped. */
export type Kept = { guess: string } | { skipped: true };

/** The storage key of prediction `id` on the page at `path`. */
export const keyOf = (path: string, id: string) => `unrolled:prediction:${path}#${id}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The kept prediction, or null when there is none, it is unreadable or storage is unavailable. */
export function readKept(key: string, store: Storage | null = storage()): Kept | null {
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<{ guess: unknown; skipped: unknown }>;
    if (v.skipped === true) return { skipped: true };
    return typeof v.guess === 'string' ? { guess: v.guess } : null;
  } catch {
    return null;
  }
}

/** Keeps a committed prediction; silently does nothing when storage is unavailable. */
export function keep(key: string, kept: Kept, store: Storage | null = storage()): void {
  try {
    store?.setItem(key, JSON.stringify(kept));
  } catch {
    /* storage full or forbidden: the prediction is not remembered, the reveal still shows */
  }
}
