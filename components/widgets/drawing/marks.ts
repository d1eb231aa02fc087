/**
 * The course's one colour-and-shape language, written down once. Every figure draws its marks
 * with these classes (figure.css gives them their colour), its legend with these words, and a
 * lesson that names a mark uses the same word:
 * - the iterates are red, as in the article: earlier ones as dots, the current one as a ring;
 * - data points are a different mark: dark squares;
 * - the ground truth is neutral grey, dashed;
 * - the previous run (the ghost) is faded and dashed;
 * - curves of the model and of the losses are blue.
 */
export type Swatch = 'line' | 'dashed' | 'dot' | 'ring' | 'triangle' | 'square' | 'band' | 'arrow';

export interface Mark {
  /** The legend's word for the mark (and the lesson's). */
  label: string;
  /** The CSS class of the mark; the legend swatch carries the same class, so both look alike. */
  className: string;
  swatch: Swatch;
}

export const MARKS = {
  lossCurve: { label: 'loss L(x, y)', className: 'curve', swatch: 'line' },
  iterates: { label: 'iterates g(n)', className: 'iterate-dot', swatch: 'dot' },
  current: { label: 'current iterate', className: 'current', swatch: 'ring' },
  tangent: { label: 'tangent: slope ∂L/∂y', className: 'tangent', swatch: 'line' },
  next: { label: 'next step', className: 'next-arrow', swatch: 'arrow' },
  minimum: { label: 'exact inverse y*', className: 'minimum', swatch: 'triangle' },
  ghost: { label: 'previous run', className: 'ghost-path', swatch: 'dashed' },
  pairs: { label: 'training pairs', className: 'pair', swatch: 'square' },
  truth: { label: 'ground truth (2, −4)', className: 'truth-line', swatch: 'dashed' },
  model: { label: 'model θ(k)', className: 'model-line', swatch: 'line' },
  contours: { label: 'contours of T', className: 'contour', swatch: 'line' },
  thetaPath: { label: 'path of θ', className: 'theta-path', swatch: 'line' },
  theta: { label: 'θ(k)', className: 'current', swatch: 'ring' },
  truthPoint: { label: 'truth (2, −4)', className: 'truth-mark', swatch: 'ring' },
  clamp: { label: 'clamp region a < 0.5', className: 'clamp-region', swatch: 'band' },
  lossLine: { label: 'T at each update', className: 'loss-line', swatch: 'line' },
  updateNow: { label: 'update k', className: 'current', swatch: 'ring' },
  latentRule: { label: 'chosen y', className: 'latent-rule', swatch: 'dashed' },
  latentModel: { label: 'x from θ(k)', className: 'latent-model', swatch: 'dot' },
  latentTruth: { label: 'x from the truth', className: 'latent-truth', swatch: 'ring' },
} as const satisfies Record<string, Mark>;

export type MarkKey = keyof typeof MARKS;
