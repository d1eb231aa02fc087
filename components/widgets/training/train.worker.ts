/// <reference lib="webworker" />
/**
 * Runs a training off the main thread: the nonlinear models go through the generic dual-number
 * path, which takes hundreds of milliseconds for the article's 2500 updates.
 */
import type { ParamValues } from '../core/params';
import { computeTraining } from './compute';

self.onmessage = (event: MessageEvent<{ id: number; values: ParamValues }>) => {
  const { id, values } = event.data;
  try {
    self.postMessage({ id, run: computeTraining(values) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
