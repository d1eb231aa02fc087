/// <reference lib="webworker" />
/**
 * Runs a training off the main thread: the nonlinear and typed models go through the generic
 * dual-number path, which takes hundreds of milliseconds for the article's 2500 updates.
 */
import { serveCompute } from '../runtime/workerCompute';
import { computeTraining } from './compute';
import { packRun } from './transfer';
import { useTypedModels } from './typedModel';
import { resolveTypedModel } from './typedModelResolver';

// A typed model arrives as its text (parameter f) and is compiled here.
useTypedModels(resolveTypedModel);

// The history goes back packed in typed arrays (transfer.ts): cheap for the page to read.
serveCompute((values, progress) => packRun(computeTraining(values, progress)));
