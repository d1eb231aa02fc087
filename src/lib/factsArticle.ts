/**
 * Numbers quoted by lessons 1–6 (the article's derivation), computed by the solver at build
 * time so the prose, the exercises and the widgets can never disagree. Each lesson imports
 * `article` (the numbers) and `fmtFact` (how to print one);
 * tests/unit/lib/factsArticle.test.ts holds them to closed forms.
 */
import {
  articleTraining,
  contraction,
  evaluateModel,
  gradientAt,
  invert,
  linearFixedPoint,
  linearRecursion,
  stepsForAccuracy,
  train,
  truncatedTrainingFixedPoint,
  type TrainParams,
} from '../solver/index.ts';
import linearRecursionSource from '../solver/inversion/linearRecursion.ts?raw';
import unrollSource from '../solver/training/unroll.ts?raw';
import fixedPythonSource from './fixedPython.py?raw';
import { formatFixed } from '../words/format.ts';

/** The article's model and inversion: f(y) = a·y + b with θ = (2, −4), x = 0, α = 0.05, N = 20. */
export const ARTICLE_INVERSION = { model: 'linear' as const, theta: [2, -4], x: 0, alpha: 0.05, steps: 20 };

/** The article's training run: θ0 = (2.7, 0), y0 = 2, N = 20, M = 10, β = 0.005, 2500 updates, a ≥ 0.5. */
export const ARTICLE_RUN: TrainParams = articleTraining();

/** `v` printed with `decimals` decimals and a true minus sign (the site's one formatter). */
export function fmtFact(v: number, decimals = 4): string {
  return formatFixed(v, decimals);
}

/** `v` in scientific notation with `digits` significant digits, as "2.2 × 10⁻⁴" (for tiny errors). */
export function fmtSci(v: number, digits = 2): string {
  if (v === 0 || !Number.isFinite(v)) return formatFixed(v, digits);
  const exponent = Math.floor(Math.log10(Math.abs(v)));
  const mantissa = (v / 10 ** exponent).toFixed(Math.max(0, digits - 1)).replace('-', '−');
  const sup = String(exponent).replace(/[-0-9]/g, (d) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(d)] as string);
  return `${mantissa} × 10${sup}`;
}

/** The text of one top-level `function name(` … `}` block of a source file (for <Code>). */
export function sliceFunction(source: string, name: string): string {
  const start = source.search(new RegExp(`^(export )?function ${name}\\(`, 'm'));
  if (start < 0) throw new Error(`function ${name} not found`);
  const end = source.indexOf('\n}\n', start);
  return source.slice(start, end + 2);
}

const [A, B] = ARTICLE_INVERSION.theta as [number, number];
const { alpha, steps: N } = ARTICLE_INVERSION;
const inversionFrom = (y0: number, steps = N, x = 0) => invert({ ...ARTICLE_INVERSION, x, steps, y0 });
const fromZero = inversionFrom(0, 3).steps;
const fromEight = inversionFrom(8).steps;

const run10 = train(ARTICLE_RUN);
const run20 = train({ ...ARTICLE_RUN, gradient: { method: 'forward', steps: 20 } });
const runLong = train({
  ...ARTICLE_RUN,
  inner: { alpha, steps: 100, y0: 2 },
  gradient: { method: 'forward', steps: 100 },
});
const runSmallStart = train({ ...ARTICLE_RUN, theta0: [0.6, 0] });
const runFastBeta = train({ ...ARTICLE_RUN, beta: 0.02 });
const last = (r: ReturnType<typeof train>) => r.history.at(-1) ?? { theta: [NaN, NaN], T: NaN, k: NaN };
const firstBelow = (r: ReturnType<typeof train>, T: number) => r.history.findIndex((s) => s.T < T);
const fixedPoint = truncatedTrainingFixedPoint({ alpha, steps: N, y0: 2 });

const start = ARTICLE_RUN.theta0 as [number, number];
const gradientWith = (M: number, theta: number[] = start) =>
  gradientAt({
    model: 'linear',
    data: ARTICLE_RUN.data,
    theta,
    inner: ARTICLE_RUN.inner,
    gradient: { method: 'forward', steps: M },
  });
const grad10 = gradientWith(10);
const grad20 = gradientWith(20);

/** The forward recursion for the sample x = 0 at the start θ0 = (2.7, 0), from g(0) = 2. */
const firstSample = linearRecursion({ alpha, a: start[0], b: start[1], x: 0, y0: 2, steps: 2 });
/** The same recursion at θ = (2, −4), where dg(n)/db = −(1 − cⁿ)/a. */
const atTruth = linearRecursion({ alpha, a: A, b: B, x: 0, y0: 2, steps: 20 });

const learned = last(run10).theta as [number, number];

export const article = {
  // Lesson 1: the exact inverse and the minimisation.
  /** y* = (x − b)/a at x = 0: the cause the inversion should find (2). */
  yStar: linearFixedPoint({ a: A, b: B, x: 0 }),
  /** y* for the observation x = 6 (exercise of lesson 1). */
  yStarSix: linearFixedPoint({ a: A, b: B, x: 6 }),
  /** g(20) from y0 = 8 for x = 6: 5 + 3·0.6²⁰. */
  g20Six: inversionFrom(8, N, 6).steps.at(-1)?.y as number,
  /** The cubic f(y) = y³ − 3y has three causes of x = 0: −√3, 0, √3; from y0 = 2 it finds √3. */
  cubicFromTwo: invert({ model: 'cubic', theta: [1, -3], x: 0, alpha: 0.01, steps: 100, y0: 2 }).steps.at(-1)
    ?.y as number,

  // Lesson 2: the inversion.
  /** ∂L/∂y at y = 0 (x = 0): −2(0 − (−4))·2 = −16. */
  gradAtZero: fromZero[0]?.grad as number,
  /** g(1) and g(2) from g(0) = 0: 0.8 and 1.28. */
  g1FromZero: fromZero[1]?.y as number,
  g2FromZero: fromZero[2]?.y as number,
  /** L at y = 0 (16) and at g(1) (5.76). */
  lossAtZero: fromZero[0]?.loss as number,
  lossAtG1: fromZero[1]?.loss as number,
  /** c = 1 − 2αa² at α = 0.05 (0.6), 0.2 (−0.6), 0.125 (0), 0.3 (−1.4). */
  c: contraction(alpha, A),
  cOscillating: contraction(0.2, A),
  cOneStep: contraction(0.125, A),
  cTooLarge: contraction(0.3, A),
  cSlow: contraction(0.01, A),
  /** α at which |c| reaches 1 for a = 2: 1/a² = 0.25 (the inversion converges for 0 < α < 0.25). */
  alphaLimit: 1 / (A * A),
  /** g(20) from y0 = 8 and its distance to y* = 2 (6·0.6²⁰). */
  g20FromEight: fromEight.at(-1)?.y as number,
  error20FromEight: Math.abs((fromEight.at(-1)?.y as number) - 2),
  /** Steps from y0 = 8 until |g(n) − y*| ≤ 10⁻⁶. */
  stepsToMicro: stepsForAccuracy({ alpha, a: A, b: B, x: 0, y0: 8, tol: 1e-6 }),

  // Lesson 3: training.
  /** T at θ0 = (2.7, 0). */
  startT: run10.history[0]?.T as number,
  /** ∂T/∂θ at θ0 (M = 10). */
  startGradA: grad10.grad[0] as number,
  startGradB: grad10.grad[1] as number,
  /** θ after the first update. */
  theta1A: run10.history[1]?.theta[0] as number,
  theta1B: run10.history[1]?.theta[1] as number,
  /** One step of the recursion for the sample x = 0 at θ0: dg(1)/da, dg(1)/db, g(1). */
  dga1: firstSample.dga[1] as number,
  dgb1: firstSample.dgb[1] as number,
  g1Sample: firstSample.g[1] as number,
  dga2: firstSample.dga[2] as number,
  dgb2: firstSample.dgb[2] as number,
  /** θ the article's run learns, and the truncated fixed point it approaches. */
  learnedA: learned[0],
  learnedB: learned[1],
  fixedPointA: fixedPoint[0],
  fixedPointB: fixedPoint[1],
  endT: last(run10).T,
  /** The first update with T below 10⁻¹⁰. */
  tinyTAt: firstBelow(run10, 1e-10),
  /** θ after 2500 updates from a0 = 0.6: stuck on the clamp a = 0.5. */
  smallStartA: last(runSmallStart).theta[0] as number,
  smallStartB: last(runSmallStart).theta[1] as number,
  smallStartT: last(runSmallStart).T,
  /** With β = 0.02 the run reaches ∂T/∂θ ≈ 0 ("converged") within 2500 updates. */
  fastBetaStatus: runFastBeta.status,

  // Lesson 4: inside one update; M = 10 against M = 20.
  grad10A: grad10.grad[0] as number,
  grad10B: grad10.grad[1] as number,
  grad20A: grad20.grad[0] as number,
  grad20B: grad20.grad[1] as number,
  /** |∂T/∂θ(M = 10) − ∂T/∂θ(M = 20)| / |∂T/∂θ(M = 20)| at θ0. */
  gradRelDiff:
    Math.hypot(
      (grad10.grad[0] as number) - (grad20.grad[0] as number),
      (grad10.grad[1] as number) - (grad20.grad[1] as number),
    ) / Math.hypot(grad20.grad[0] as number, grad20.grad[1] as number),
  /** c at a0 = 2.7 (0.271) and at a = 2 (0.6): how much of dg/dθ the steps past M would still add. */
  cStart: contraction(alpha, start[0]),
  /** dg(10)/db and dg(20)/db at θ = (2, −4): −(1 − 0.6¹⁰)/2 and −(1 − 0.6²⁰)/2. */
  dgb10Truth: atTruth.dgb[10] as number,
  dgb20Truth: atTruth.dgb[20] as number,
  /** θ learned with M = 10 and with M = 20 (2500 updates each), and their distance. */
  learned10A: learned[0],
  learned10B: learned[1],
  learned20A: last(run20).theta[0] as number,
  learned20B: last(run20).theta[1] as number,
  learnedGap: Math.hypot(learned[0] - (last(run20).theta[0] as number), learned[1] - (last(run20).theta[1] as number)),
  tinyTAt10: firstBelow(run10, 1e-10),
  tinyTAt20: firstBelow(run20, 1e-10),
  /** With N = M = 100 the learned θ is (2, −4) to about 10⁻¹¹. */
  learnedLongA: last(runLong).theta[0] as number,
  learnedLongB: last(runLong).theta[1] as number,

  // Lesson 5: the generative direction.
  /** x the learned θ generates at y = 1, and the truth's x there (−2). */
  generatedAtOne: evaluateModel('linear', learned, 1),
  truthAtOne: evaluateModel('linear', [A, B], 1),
  /** x the truth generates at y = 2.5 (exercise of lesson 5: 1). */
  truthAtTwoHalf: evaluateModel('linear', [A, B], 2.5),
  /** How far the learned generator is from the truth at y = 3 (outside the data). */
  generatedGapAtThree: Math.abs(evaluateModel('linear', learned, 3) - evaluateModel('linear', [A, B], 3)),

  // Lesson 6: the code.
  /** g(3) from y0 = 0 (exercise of lesson 6). */
  g3FromZero: fromZero[3]?.y as number,
};

/** The project's source, imported at build time so the lesson's listing can never drift from it. */
export const sources = {
  linearRecursion: linearRecursionSource.slice(linearRecursionSource.indexOf('/** Runs the article')),
  forward: sliceFunction(unrollSource, 'forward'),
  reverse: sliceFunction(unrollSource, 'reverse'),
};

/**
 * Lesson 6's corrected version of the article's Python (src/lib/fixedPython.py), written afresh
 * for the course (a loop instead of recursion). tests/unit/lib/fixedPython.test.ts runs it with
 * python3 and holds what it prints to the solver's article run.
 */
export const fixedPython: string = fixedPythonSource;
