/**
 * The share box's "Open this run in Python": the notebook (notebook.ts) of the inversion or
 * training widget in its current state, from the widget's parameter values. Loaded lazily.
 */
import type { ParamValues } from './params';
import { inversionParams } from '../inversion/compute';
import { trainingParams } from '../training/compute';
import { inversionNotebook, trainingNotebook, type Notebook } from './notebook';

/** The widget kinds that offer a notebook. */
export const NOTEBOOK_KINDS = ['inversion', 'training'];

/** The notebook of widget `kind` with `values`, shown at step k; `url` is the page's address. */
export async function widgetNotebook(kind: string, values: ParamValues, k: number, url: string): Promise<Notebook> {
  if (kind === 'inversion') return inversionNotebook(inversionParams(values), k, url);
  if (kind === 'training') return trainingNotebook(trainingParams(values), k, url);
  throw new TypeError(`the ${kind} widget has no notebook (only ${NOTEBOOK_KINDS.join(' and ')})`);
}
