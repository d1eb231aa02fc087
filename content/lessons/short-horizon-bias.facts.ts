/**
 * Every number the lesson "Short-horizon bias" quotes, computed by the solver when first asked
 * (the build, or the test in tests/unit/content/short-horizon-bias.test.ts), never typed.
 */
import {
  articleData,
  kernelFor,
  landing,
  linearModel,
  truncatedFitRoots,
  type FitRoot,
  type Landing,
} from '../../src/solver';

const ALPHA = 0.05;
/** The reader's small start and the article's start. */
export const SMALL_A0 = 0.3;
export const ARTICLE_A0 = 2.7;
/** The N's of the table. */
export const TABLE_N = [5, 8, 10, 15, 20] as const;
const N_MAX = 30;

/** T of θ = (a, b) on the article's data when the inner loop runs N steps from g(0) = 2. */
function tWith(root: FitRoot, N: number): number {
  const K = kernelFor(linearModel);
  const { x, y } = articleData();
  return x.reduce((sum, xi, i) => sum + ((y[i] as number) - K.predict(xi, [root.a, root.b], ALPHA, N, 2)) ** 2, 0);
}

const rootsAt = (N: number) => truncatedFitRoots({ alpha: ALPHA, steps: N });

function compute() {
  const table = TABLE_N.map((N) => ({ N, roots: rootsAt(N) }));
  const scan: { N: number; roots: FitRoot[]; small: Landing }[] = [];
  for (let N = 1; N <= N_MAX; N++) {
    const roots = rootsAt(N);
    scan.push({ N, roots, small: landing(N, SMALL_A0, roots) });
  }
  const onSmallRoot = (s: (typeof scan)[number]) =>
    s.small.root !== null && s.roots.length > 1 && s.small.root === 0 && (s.roots[0]?.a ?? 0) < 1.5;
  const small = scan.filter(onSmallRoot).map((s) => s.N);
  const near2 = scan.filter((s) => s.small.root !== null && Math.abs((s.roots[s.small.root]?.a ?? 0) - 2) < 0.01);
  const isNear2 = (s: (typeof scan)[number]) => near2.includes(s);
  const first2 = near2[0]?.N ?? Infinity;
  const at = (N: number) => scan[N - 1] as (typeof scan)[number];
  const n10 = at(10);
  const small10 = n10.roots[0] as FitRoot;
  const big10 = n10.roots[1] as FitRoot;
  const article10 = landing(10, ARTICLE_A0, n10.roots);
  return {
    alpha: ALPHA,
    table,
    /** N in 1…30 with no exact fit at all. */
    noFit: scan.filter((s) => s.roots.length === 0).map((s) => s.N),
    /** The first N with two fits whose inner loop converges without overshooting. */
    firstTwoMonotone: scan.find((s) => s.roots.filter((r) => r.kind === 'monotone').length >= 2)?.N ?? null,
    /** N in 1…30 with a fit whose inner loop diverges (c < −1). */
    divergentFitN: scan.filter((s) => s.roots.some((r) => r.kind === 'divergent')).map((s) => s.N),
    /** N at which training from a0 = 0.3 lands on the small fit, and the first N where it lands near 2. */
    smallLandsN: small,
    smallLandsMax: Math.max(...small),
    firstNear2: near2[0]?.N ?? null,
    /** N after that (to 30) where it does not: the first update throws a below zero. */
    missesAfter: scan.filter((s) => s.N > first2 && !isNear2(s)).map((s) => ({ N: s.N, a: s.small.a, T: s.small.T })),
    /** N = 10 in detail: the two fits, their inner step 1 − c = 2αa², and both trainings. */
    n10: {
      small: small10,
      big: big10,
      smallStep: 1 - small10.c,
      bigStep: 1 - big10.c,
      fromSmall: n10.small,
      fromArticle: article10,
    },
    /** N between the last small landing and the first landing near 2, where the small start ends on no fit. */
    neitherBetween: scan
      .filter((s) => s.N > Math.max(...small) && s.N < first2 && s.small.root === null)
      .map((s) => s.N),
    /** The range of c over the small fits of the table, and of a over every diverging fit for N = 1…30. */
    smallC: (() => {
      const cs = table.flatMap((t) => t.roots.filter((r) => r.kind === 'monotone' && r.a < 1.5).map((r) => r.c));
      return [Math.min(...cs), Math.max(...cs)] as const;
    })(),
    divergentA: (() => {
      const as = scan.flatMap((t) => t.roots.filter((r) => r.kind === 'divergent').map((r) => r.a));
      return [Math.min(...as), Math.max(...as)] as const;
    })(),
    /** N = 15: the small start ends on no fit. */
    n15: at(15).small,
    /** N = 20: the same small start ends on the fit near 2. */
    n20: at(20).small,
    n20roots: at(20).roots,
    /** From this N on (to 30) every N has at least two fits with a converging inner loop. */
    alwaysTwoFrom: (() => {
      let from = N_MAX + 1;
      for (let N = N_MAX; N >= 1 && at(N).roots.filter((r) => r.kind !== 'divergent').length >= 2; N--) from = N;
      return from;
    })(),
    /** No landing (either start, N = 1…30) is on a fit whose inner loop diverges. */
    landsOnDivergent: scan.some((s) => {
      const hit = (l: Landing) => l.root !== null && s.roots[l.root]?.kind === 'divergent';
      return hit(s.small) || hit(landing(s.N, ARTICLE_A0, s.roots));
    }),
    /** The two N = 10 fits used with a 20-step inner loop: T there. */
    small10At20: tWith(small10, 20),
    big10At20: tWith(big10, 20),
    /** The count of fits at N = 7 (an exercise). */
    count7: at(7).roots.length,
    roots7: at(7).roots,
  };
}

let cached: ReturnType<typeof compute> | null = null;
/** The lesson's facts, computed once on first use. */
export function facts(): ReturnType<typeof compute> {
  cached ??= compute();
  return cached;
}
