/// <reference lib="webworker" />
/**
 * Computes the T(a, b) landscape off the main thread (a 121 × 121 grid of inner inversions
 * takes longer than one frame), in bands so the page can show progress.
 */
import { contours } from 'd3-contour';
import { landscape } from '../../../src/solver';
import { serveCompute } from '../runtime/workerCompute';
import { TRUTH } from './compute';
import { contourPath, type Field, type LandscapeInput } from './landscapeField';
import { resolveTypedModel } from './typedModelResolver';

/** Number of contour levels, log-spaced: T spans many orders of magnitude. */
const LEVELS = 14;
const BANDS = 12;

function field(input: LandscapeInput, progress: (share: number) => void): Field {
  const { svg, model: sent, ...grid } = input;
  // A typed model arrives as its text: compiled here, checked at the data's y (as the training was).
  const model = typeof sent === 'string' ? sent : resolveTypedModel(sent.typed, { ys: grid.data.y, thetas: [TRUTH] });
  const params = { ...grid, model };
  const [nx, ny] = params.size;
  const [b0, b1] = params.bRange;
  const values = new Float64Array(nx * ny);
  let done = 0;
  for (let band = 0; band < BANDS; band++) {
    const j0 = Math.floor((band * ny) / BANDS);
    const j1 = Math.floor(((band + 1) * ny) / BANDS);
    if (j1 <= j0) continue;
    const bAt = (j: number) => b0 + ((b1 - b0) * j) / (ny - 1);
    const rows = j1 - j0;
    const part = landscape({ ...params, bRange: [bAt(j0), bAt(j1 - 1)], size: [nx, Math.max(2, rows)] });
    values.set(part.values.subarray(0, nx * rows), j0 * nx);
    done += rows;
    progress(done / ny);
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // The contours are traced here too, down to their SVG path data: the page only sets the strings
  // (thousands of nested arrays took the page tens of milliseconds to read and convert).
  const lo = Math.max(min, 1e-6);
  const levels = Array.from({ length: LEVELS }, (_, i) => lo * (max / lo) ** ((i + 0.5) / LEVELS));
  const bands = contours().size([nx, ny]).thresholds(levels)(Array.from(values));
  return { bands: bands.map((b) => ({ value: b.value, d: contourPath(b.coordinates, svg) })), min, max };
}

serveCompute(field);
