/**
 * A model the reader typed ("your own" in the model choice, the text in parameter `f`), for the
 * training widget. The parser (jsep, via typedModelResolver.ts) loads only when such a model is
 * used: {@link loadTypedModels} before computing, then {@link typedModelOf} resolves synchronously.
 */
import type { Model } from '../../../src/solver';
import type { TypedModelPoints } from './typedModelResolver';

export type { TypedModelPoints } from './typedModelResolver';

/** The value of the model choice that means "the model typed in `f`". */
export const CUSTOM = 'custom';

type Resolver = (source: string, points: TypedModelPoints) => Model;
let resolver: Resolver | null = null;

/** Loads the parser once (a few KB, on first use of a typed model). */
export async function loadTypedModels(): Promise<void> {
  resolver ??= (await import('./typedModelResolver')).resolveTypedModel;
}

/** Uses a resolver imported directly (a worker, which compiles typed models at once). */
export function useTypedModels(r: Resolver): void {
  resolver = r;
}

/**
 * The solver model for `source`, checked at `points`.
 * @throws RangeError naming the problem and what is allowed (after {@link loadTypedModels}).
 */
export function typedModelOf(source: string, points: TypedModelPoints): Model {
  // computeAsync.ts awaits loadTypedModels() before any run of a typed model.
  return resolver!(source, points);
}
