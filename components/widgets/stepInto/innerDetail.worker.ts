/// <reference lib="webworker" />
/**
 * Computes the detail of one update off the main thread: under momentum or Adam it replays the
 * optimizer over every earlier update, which takes long for a late update of a long run.
 */
import { serveCompute } from '../runtime/workerCompute';
import { computeDetail, type InnerInput } from './compute';

serveCompute<ReturnType<typeof computeDetail>, InnerInput>((input) => computeDetail(input));
