/**
 * The digits data file, fetched once per page, only by the widgets that need it, and parsed by
 * the solver (which rejects a corrupt file with a message naming the problem).
 */
import { digits as dg } from '../../../src/solver';

let pending: Promise<dg.Digits> | null = null;

/** The file's address under the site's base path. */
export const DIGITS_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/digits.bin`;

/** The parsed digits; the first call fetches the file, later calls share the result. */
export function loadDigits(url = DIGITS_URL): Promise<dg.Digits> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`the digits data file did not load (HTTP ${response.status})`);
      return response.arrayBuffer();
    })
    .then((buffer) => dg.parseDigits(new Uint8Array(buffer)));
  // A failed load is tried again on the next request (the reader may be back online).
  pending.catch(() => (pending = null));
  return pending;
}
