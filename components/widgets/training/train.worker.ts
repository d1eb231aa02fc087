/// <reference lib="webworker" />
/**
 * Runs a training off the main thread: the nonlinear models go through the generic dual-number
 * path, which takes hundreds of milliseconds for the article's 2500 updates.
 */
import { serveCompute } from '../runtime/workerCompute';
import { computeTraining } from './compute';

serveCompute((values, progress) => computeTraining(values, progress));
