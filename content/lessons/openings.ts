/**
 * Where each lesson's widget opens, and why: a reader who does not click sees the phenomenon the
 * paragraph above the widget describes. The lessons' widget tags carry these props; the e2e test
 * `tests/e2e/openings.spec.ts` checks that every built lesson page opens its widgets here, and
 * that what the opening shows is what the "why" says. Widgets that open on their last step say
 * so in their caption.
 */
export interface Opening {
  /** Lesson slug (the MDX file name). */
  lesson: string;
  /** Widget id on that page. */
  widget: string;
  kind: 'inversion' | 'training' | 'latent';
  /** The parameters the widget opens with (the rest are the widget's defaults). */
  preset: Record<string, number | string | boolean>;
  /** The step it opens on. */
  k: number | 'end';
  /** Training only: the four-gradients table is open from the start. */
  gradientsOpen?: boolean;
  /** What the reader sees without clicking, and why that is the lesson's point. */
  why: string;
}

const ARTICLE_INVERSION = { alpha: 0.05, N: 20, x: 0, a: 2, b: -4, y0: 8 };
const ARTICLE_TRAINING = { beta: 0.005, epochs: 2500, N: 20, M: 10, alpha: 0.05, y0: 2, clamp: true, a0: 2.7, b0: 0 };

export const OPENINGS: readonly Opening[] = [
  {
    lesson: 'what-is-an-inverse-problem',
    widget: 'recap',
    kind: 'inversion',
    preset: ARTICLE_INVERSION,
    k: 'end',
    why: 'The paragraph promises red dots sliding into the bottom at y = 2: at the last step all 20 iterates are drawn.',
  },
  {
    lesson: 'prediction-is-an-inversion',
    widget: 'inversion',
    kind: 'inversion',
    preset: ARTICLE_INVERSION,
    k: 0,
    why: 'The lesson walks through the first update g(1) = 8 − 0.05·48 = 5.6: step 0 shows it in the equation.',
  },
  {
    lesson: 'training-is-the-inverse-of-predicting',
    widget: 'training',
    kind: 'training',
    preset: ARTICLE_TRAINING,
    k: 0,
    why: 'The lesson derives the first θ update from θ0 = (2.7, 0); its first button jumps to the end.',
  },
  {
    lesson: 'inside-one-theta-update',
    widget: 'inside',
    kind: 'training',
    preset: ARTICLE_TRAINING,
    k: 0,
    why: 'The text reads dT/da and dT/db at update 0 off the readout: the widget opens there.',
  },
  {
    lesson: 'the-generative-direction',
    widget: 'latent',
    kind: 'latent',
    preset: { y: 1 },
    k: 'end',
    why: 'Generating from the learned θ: the last update, where the model line lies on the truth.',
  },
  {
    lesson: 'choosing-alpha-and-n',
    widget: 'inv-regimes',
    kind: 'inversion',
    preset: { alpha: 0.3, N: 10, y0: 8 },
    k: 3,
    why: 'The paragraph above ends on α = 0.3 overshooting: three steps zig-zag outwards and the badge says diverging.',
  },
  {
    lesson: 'why-not-exactly-two',
    widget: 'train-trunc',
    kind: 'training',
    preset: {},
    k: 'end',
    why: 'θ ends a little short of (2, −4): the plane of T shows a zoomed view of where θ(k) sits against the truth.',
  },
  {
    lesson: 'the-clamp',
    widget: 'train-clamp',
    kind: 'training',
    preset: { clamp: true, a0: 0.3 },
    k: 'end',
    why: 'From a₀ = 0.3 the path of θ runs into the clamp region and the clamp acts (the article start never does).',
  },
  {
    lesson: 'momentum',
    widget: 'inv-momentum',
    kind: 'inversion',
    preset: { a: 0.5, y0: 0, N: 300 },
    k: 'end',
    why: 'Plain descent on the flat loss (a = 0.5) at its end: the slow approach momentum then shortens.',
  },
  {
    lesson: 'momentum',
    widget: 'train-momentum',
    kind: 'training',
    preset: {},
    k: 'end',
    why: 'The article optimiser at its end, the baseline for the momentum and Adam buttons.',
  },
  {
    lesson: 'noisy-data',
    widget: 'train-noise',
    kind: 'training',
    preset: { sigma: 0.5 },
    k: 'end',
    why: 'With noise T settles on a plateau above zero: the log axis labels the decade of the plateau.',
  },
  {
    lesson: 'four-ways-to-the-gradient',
    widget: 'train-grads',
    kind: 'training',
    preset: {},
    k: 0,
    gradientsOpen: true,
    why: 'The lesson compares the four gradients: their table is open at update 0.',
  },
  {
    lesson: 'when-the-inverse-is-not-unique',
    widget: 'inv-cubic',
    kind: 'inversion',
    preset: { model: 'cubic', a: 1, b: -3, x: 1, alpha: 0.003, N: 500, y0: -2 },
    k: 'end',
    why: 'Three minima of the cubic loss: from y₀ = −2 the run ends in the leftmost one.',
  },
  {
    lesson: 'when-the-inverse-is-not-unique',
    widget: 'inv-tanh',
    kind: 'inversion',
    preset: { model: 'tanh', a: 2, b: 0, x: 3, alpha: 0.05, N: 500, y0: 0 },
    k: 'end',
    why: 'x = 3 lies outside the range of 2·tanh: after 500 steps the iterate is still drifting.',
  },
  {
    lesson: 'when-the-inverse-is-not-unique',
    widget: 'train-nonlinear',
    kind: 'training',
    preset: { model: 'tanh' },
    k: 'end',
    why: 'Training through the tanh inversion ends away from (2, −4).',
  },
];
