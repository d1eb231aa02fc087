/// <reference lib="webworker" />
/**
 * Trains D off the main thread: 100 updates with their accuracies take about a second, which
 * would freeze the page. The worker fetches the data file itself (once) and reports progress.
 */
import { loadDigits } from '../digits/load';
import { serveCompute } from '../runtime/workerCompute';
import { computeTrainWith } from './compute';

serveCompute((input, progress) => loadDigits().then((data) => computeTrainWith(data, input, progress)));
