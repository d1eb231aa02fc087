/** The root diagram's run: plain records, no solver code (the page's script imports only these types). */
import type { FitRoot, Landing } from '../../../src/solver';

/** One N: its exact fits and where the two training runs end. */
export interface RootsRecord {
  N: number;
  roots: FitRoot[];
  mine: Landing;
  article: Landing;
}

export interface RootsRun {
  alpha: number;
  a0: number;
  records: RootsRecord[];
}
