/**
 * A data set the reader made (dragged, added, typed or linked): its compact text `y:x,y:x`
 * (one pair (yᵢ, xᵢ) per point, the article's order) and the checks that keep a training on it
 * meaningful. The solver accepts any finite data; these limits are the widget's.
 */
import type { Dataset } from './types.ts';

/** What a reader's data set may hold: 2 to 20 points, y in the plotted latent range, |x| ≤ 100. */
export const READER_DATA = { minPoints: 2, maxPoints: 20, y: [-3, 3], x: [-100, 100] } as const;

/** Why a reader's data set is refused (worded by src/words/dataProblems.ts). */
export type DataProblem =
  | { kind: 'syntax'; index: number; text: string }
  | { kind: 'too-few'; count: number }
  | { kind: 'too-many'; count: number }
  | { kind: 'one-y'; y: number }
  | { kind: 'outside'; index: number; axis: 'y' | 'x'; value: number };

export type CheckedData = { ok: true; value: Dataset } | { ok: false; problem: DataProblem };

const PAIR = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*:\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/** The first problem of a data set, or null when it can be trained on. */
export function dataProblem(data: Dataset): DataProblem | null {
  const n = data.y.length;
  if (n < READER_DATA.minPoints) return { kind: 'too-few', count: n };
  if (n > READER_DATA.maxPoints) return { kind: 'too-many', count: n };
  for (let i = 0; i < n; i++) {
    const y = data.y[i] ?? NaN;
    const x = data.x[i] ?? NaN;
    if (!(y >= READER_DATA.y[0] && y <= READER_DATA.y[1])) return { kind: 'outside', index: i, axis: 'y', value: y };
    if (!(x >= READER_DATA.x[0] && x <= READER_DATA.x[1])) return { kind: 'outside', index: i, axis: 'x', value: x };
  }
  const y0 = data.y[0] ?? 0;
  if (data.y.every((y) => y === y0)) return { kind: 'one-y', y: y0 };
  return null;
}

/** Reads `y:x,y:x` into a data set and checks it. */
export function parseDataText(text: string): CheckedData {
  const parts = text.split(',');
  const data: Dataset = { x: [], y: [] };
  for (const [index, part] of parts.entries()) {
    const m = PAIR.exec(part);
    if (!m) return { ok: false, problem: { kind: 'syntax', index, text: part.trim().slice(0, 20) } };
    data.y.push(Number(m[1]));
    data.x.push(Number(m[2]));
  }
  const problem = dataProblem(data);
  return problem ? { ok: false, problem } : { ok: true, value: data };
}

/** A number as the text writes it: at most two decimals, no trailing zeros, no "-0". */
export function dataNumber(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** The compact text of a data set (two decimals), read back by {@link parseDataText}. */
export function dataText(data: Dataset): string {
  return data.y.map((y, i) => `${dataNumber(y)}:${dataNumber(data.x[i] ?? 0)}`).join(',');
}
