/**
 * The landscape of T as the plane draws it: the grid it is sampled on and its contours as SVG
 * path data. Shared by the landscape worker, which traces the paths, and the plane.
 */

import type { LandscapeParams } from '../../../src/solver';
import type { SentModel } from './transfer';

/** Grid of the landscape: the contours are drawn from GRID × GRID values of T. */
export const GRID = 121;

/** Contours of T traced by the landscape worker, as SVG path data in the plane's own units. */
export interface Field {
  bands: { value: number; d: string }[];
  min: number;
  max: number;
}

/** Where grid point (i, j) of the landscape sits in the plane's SVG: x = x0 + i·sx, y = y0 − j·sy. */
export interface GridToSvg {
  x0: number;
  sx: number;
  y0: number;
  sy: number;
}

/**
 * Contour rings in grid coordinates as SVG path data (d3-contour's cell corners sit half a cell
 * off the grid points). Run in the landscape worker, so the page only sets the strings.
 */
export function contourPath(rings: number[][][][], g: GridToSvg): string {
  return rings
    .flatMap((poly) =>
      poly.map(
        (ring) =>
          `M${ring.map(([i = 0, j = 0]) => `${(g.x0 + (i - 0.5) * g.sx).toFixed(1)},${(g.y0 - (j - 0.5) * g.sy).toFixed(1)}`).join('L')}Z`,
      ),
    )
    .join('');
}

/** What the landscape worker gets: the grid's parameters, the model as posted, the SVG mapping. */
export type LandscapeInput = Omit<LandscapeParams, 'model'> & { model: SentModel; svg: GridToSvg };
