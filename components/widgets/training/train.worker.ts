/// <reference lib="webworker" />
/**
 * Runs a training off the main thread: the nonlinear models go through the generic dual-number
 * path, which takes hundreds of milliseconds for the article's 2500 updates.
 */
import { serveCompute } from '../runtime/workerCompute';
import { computeTraining } from './compute';
import { packRun } from './transfer';

// The history goes back packed in typed arrays (transfer.ts): cheap for the page to read.
serveCompute((values, progress) => packRun(computeTraining(values, progress)));
