/// <reference lib="webworker" />
/**
 * Trains D off the main thread: 100 updates with their accuracies take about a second, which
 * would freeze the page. The worker fetches the data file itself (once) and reports progress.
 */
import { loadDigits } from '../digits/load';
import type { ParamValues } from '../runtime/params';
import { computeTrainWith } from './compute';

self.onmessage = (event: MessageEvent<{ id: number; input: ParamValues }>) => {
  const { id, input } = event.data;
  let last = performance.now();
  const progress = (share: number) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    self.postMessage({ id, progress: share });
  };
  loadDigits().then(
    (data) => {
      try {
        self.postMessage({ id, run: computeTrainWith(data, input, progress) });
      } catch (error) {
        self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
      }
    },
    (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
