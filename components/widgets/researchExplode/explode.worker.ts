/// <reference lib="webworker" />
/** Computes the explosion maps for every N off the main thread. */
import { serveCompute } from '../runtime/workerCompute';
import { computeExplode } from './compute';

serveCompute((values, progress) => computeExplode(values, progress));
