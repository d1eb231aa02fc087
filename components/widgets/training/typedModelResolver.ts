/**
 * The lazily loaded half of typedModel.ts: parses and checks a typed model with the solver's
 * typedModel (jsep inside) and turns a problem into the words layer's sentence.
 */
import type { Model } from '../../../src/solver';
import { typedModel } from '../../../src/solver/core/typedModel';
import { modelProblemWords } from '../../../src/words/modelProblems';

/** Where a typed model is checked: the data's latent values and the θ it is evaluated at. */
export interface TypedModelPoints {
  ys: readonly number[];
  thetas: readonly (readonly number[])[];
}

const cache = new Map<string, Model | string>();

/** The checked model, the same object for the same text and points (so runs compare equal). */
export function resolveTypedModel(source: string, points: TypedModelPoints): Model {
  const key = JSON.stringify([source, points.ys, points.thetas]);
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = 'no θ to check the model at';
    for (const theta of points.thetas) {
      const r = typedModel(source, { ys: points.ys, theta });
      hit = r.ok ? r.value : modelProblemWords(r.problem);
      if (!r.ok) break;
    }
    if (cache.size > 50) cache.clear();
    cache.set(key, hit);
  }
  if (typeof hit === 'string') throw new RangeError(hit);
  return hit;
}
