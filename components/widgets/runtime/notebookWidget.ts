/**
 * The share box's "Open this run in Python": the notebook (notebook.ts) of the inversion or
 * training widget's current run (its solver parameters and records, as the widget computed
 * them), shown at step k. Loaded lazily; it imports no widget code, so the pages' bundles keep
 * their shape.
 */
import type { InversionParams, InversionResult, TrainParams, TrainingResult } from '../../../src/solver';
import type { ExportState } from '../drawing/exportFigure';

type Exporter = Pick<typeof import('../drawing/exportFigure'), 'download' | 'exportName'>;
import { inversionNotebook, trainingNotebook, type Notebook } from './notebook';

/** Downloads the notebook of the widget's run at the step shown; returns the sentence for the share box. */
export function downloadNotebook(kind: string, s: ExportState & { run?: unknown }, x: Exporter): string {
  const book = widgetNotebook(kind, s.run, s.k, location.href);
  x.download(`${x.exportName(kind, s)}.ipynb`, new Blob([book.text], { type: 'application/x-ipynb+json' }));
  return 'Notebook downloaded: run all its cells with Python 3 and numpy; it prints the numbers shown here.';
}

/** The widget kinds that offer a notebook. */
export const NOTEBOOK_KINDS = ['inversion', 'training'];

/** The notebook of widget `kind`'s run (its { params, result }), shown at step k; `url` is the page's address. */
export function widgetNotebook(kind: string, run: unknown, k: number, url: string): Notebook {
  if (!run) throw new Error('the run is still being computed; try again in a moment');
  if (kind === 'inversion') {
    const r = run as { params: InversionParams; result: InversionResult };
    return inversionNotebook(r.params, r.result, k, url);
  }
  if (kind === 'training') {
    const r = run as { params: TrainParams; result: TrainingResult };
    return trainingNotebook(r.params, r.result, k, url);
  }
  throw new TypeError(`the ${kind} widget has no notebook (only ${NOTEBOOK_KINDS.join(' and ')})`);
}
