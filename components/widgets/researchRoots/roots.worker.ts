/// <reference lib="webworker" />
/** Computes the root diagram off the main thread: about 60 trainings of 5000 updates each. */
import { serveCompute } from '../runtime/workerCompute';
import { computeRoots } from './compute';

serveCompute((values, progress) => computeRoots(values, progress));
