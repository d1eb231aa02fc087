/// <reference lib="webworker" />
/**
 * Deals fresh drills off the page's bundle: the solver modules a deal needs are bundled into
 * this worker on their own, so the lesson pages' widget bundles keep their shape and budget.
 * Message in: { kind, seed }; message out: { deal, question, steps } or { error }.
 */
import { deal, type DrillKind } from '../solver/analysis/drills';
import { drillQuestion, drillSteps } from '../words/drills';

self.onmessage = (event: MessageEvent<{ id: number; kind: DrillKind; seed: number }>) => {
  const { id, kind, seed } = event.data;
  try {
    const d = deal(kind, seed);
    self.postMessage({ id, deal: d, question: drillQuestion(d), steps: drillSteps(d) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
