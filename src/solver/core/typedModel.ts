/**
 * The one entry of the lazily loaded model parser: typed text → a checked
 * solver model, or the first problem. Widgets import this with import().
 */
import { customModel, type CustomModel, type ModelCheckPoints } from './customModel.ts';
import type { Checked } from './modelProblem.ts';
import { parseExpression } from './parseExpression.ts';

export type { CustomModel, ModelCheckPoints } from './customModel.ts';

/** Parses `source` and checks it at `points` (the data's y and the current θ). */
export function typedModel(source: string, points: ModelCheckPoints): Checked<CustomModel> {
  const parsed = parseExpression(source);
  return parsed.ok ? customModel(source, parsed.value, points) : parsed;
}
