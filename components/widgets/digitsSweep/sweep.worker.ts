/// <reference lib="webworker" />
/**
 * Computes the inside of one training update off the main thread: the literal path stores every
 * training image's inner steps and sweeps back through them. The worker fetches the data itself.
 */
import { loadDigits } from '../digits/load';
import { serveCompute } from '../runtime/workerCompute';
import { computeSweepWith, type SweepInput } from './compute';

serveCompute((input: SweepInput) => loadDigits().then((data) => computeSweepWith(data, input)));
