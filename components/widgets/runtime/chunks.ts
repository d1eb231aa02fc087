/**
 * Lazy parts of a page (step-into, the gradient table) come from chunks loaded on first use. A
 * tab left open across a deployment asks for a chunk that no longer exists: the page then
 * reloads once, to the new version (its state is in the URL), instead of failing silently. A
 * second failure within a minute, or being offline, ends in a sentence saying so instead.
 */
const KEY = 'unrolled:chunk-reload';
const GUARD_MS = 60_000;

export class ChunkFailure extends Error {
  constructor(readonly offline: boolean) {
    super(offline ? 'offline' : 'chunk failed to load');
    this.name = 'ChunkFailure';
  }
}

/** Reloads the page unless it was reloaded for this reason less than a minute ago. */
export function reloadOnce(now = Date.now()): boolean {
  try {
    const last = Number(sessionStorage.getItem(KEY) ?? 0);
    if (now - last < GUARD_MS) return false;
    sessionStorage.setItem(KEY, String(now));
  } catch {
    return false; // no storage: no guard against a loop, so no reload
  }
  location.reload();
  return true;
}

/** Whether the site answers at all (a failed chunk while the site answers means a new deployment). */
async function reachable(): Promise<boolean> {
  try {
    return (await fetch(location.href, { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** Loads a lazy chunk; on failure reloads once (online) or rejects with a {@link ChunkFailure}. */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    const offline = navigator.onLine === false || !(await reachable());
    if (!offline && reloadOnce()) return new Promise<T>(() => {}); // the page is reloading
    throw new ChunkFailure(offline);
  }
}

/** What to tell the reader when a lazy part did not load. */
export function chunkMessage(what: string, error: unknown): string {
  if (error instanceof ChunkFailure && error.offline)
    return `${what} could not be loaded: you are offline. It will open once you are back online.`;
  return `${what} could not be loaded (the site may have been updated). Reload the page to get the new version.`;
}
