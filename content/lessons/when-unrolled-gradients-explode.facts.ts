/**
 * Every number the lesson "When unrolled gradients explode" quotes, computed by the solver when
 * first asked (tests/unit/content/when-unrolled-gradients-explode.test.ts holds the claims).
 */
import {
  contraction,
  explosionMap,
  extremaCount,
  lossCurveOverA,
  MAP_OBSERVATION,
  onEdge,
  ROUGH_DEFAULTS,
  roughness,
  tangent,
} from '../../src/solver';

/** The exploding cell and the article's cell. */
export const HOT = { alpha: 0.3, a: 2 } as const;
export const ARTICLE = { alpha: 0.05, a: 2 } as const;
export const TANGENT_N = [5, 10, 20, 40] as const;
export const ROUGH_N = [5, 20, 100] as const;
/** How far ahead (in a) the slope's sign is checked against the change in T, above a = 3. */
export const LOOK_AHEAD = 0.0875;

/** The share of grid points above a = 3 where the sign of the local slope is the sign of T(a + LOOK_AHEAD) − T(a). */
function slopeAgreement(a: number[], T: number[]): number {
  const far = Math.round(LOOK_AHEAD / ((a[1] as number) - (a[0] as number)));
  let agree = 0;
  let count = 0;
  for (let i = 1; i + far < a.length; i++) {
    if ((a[i] as number) <= 3) continue;
    const slope = (T[i + 1] as number) - (T[i - 1] as number);
    const move = (T[i + far] as number) - (T[i] as number);
    count++;
    if (Math.sign(slope) === Math.sign(move)) agree++;
  }
  return agree / count;
}

function compute() {
  const o = MAP_OBSERVATION;
  const c = contraction(HOT.alpha, HOT.a);
  const yStar = (o.x - o.b) / HOT.a;
  const growth = TANGENT_N.map((N) => {
    const t = tangent(HOT.alpha, HOT.a, N).dgda;
    return { N, tangent: t, ratio: Math.abs(t) / (N * Math.abs(c) ** N) };
  });
  const at = (N: number) => Math.abs(tangent(HOT.alpha, HOT.a, N).dgda);
  /** The widget's grid (components/widgets/researchExplode/table.ts GRID; a test holds the two equal). */
  const grid = { alpha: [0.0375, 0.5125] as [number, number], a: [0.05, 3.05] as [number, number], cols: 19, rows: 30 };
  const map40 = explosionMap({ N: 40, ...grid });
  const map20 = explosionMap({ N: 20, ...grid });
  /** A cell whose c is −1 to rounding lies on the dashed curve: its iterates cycle, they do not diverge. */
  const onCurve = onEdge;
  const rough = ROUGH_N.map((N) => {
    const { a, T } = lossCurveOverA({ N, points: 1001 });
    // Where the extrema lie: the interior points where the slope changes sign, above a = 3.
    let above3 = 0;
    for (let i = 1; i + 1 < T.length; i++) {
      const d = ((T[i] as number) - (T[i - 1] as number)) * ((T[i + 1] as number) - (T[i] as number));
      if (d < 0 && (a[i] as number) > 3) above3++;
    }
    return { N, roughness: roughness(T), extrema: extremaCount(T), above3, slopeAgrees: slopeAgreement(a, T), a, T };
  });
  return {
    observation: o,
    c,
    yStar,
    /** dg(N)/da / (N·|c|ᴺ) tends to 4αa·|y0 − y*| / |c|. */
    limit: (4 * HOT.alpha * HOT.a * Math.abs(o.y0 - yStar)) / Math.abs(c),
    growth,
    /** |dg(20)/da| / |dg(10)/da| at the exploding cell (the prediction). */
    ratio20over10: at(20) / at(10),
    cPow10: Math.abs(c) ** 10,
    /** The article's cell: the tangent settles at d(y*)/da. */
    article: {
      c: contraction(ARTICLE.alpha, ARTICLE.a),
      t20: tangent(ARTICLE.alpha, ARTICLE.a, 20).dgda,
      t40: tangent(ARTICLE.alpha, ARTICLE.a, 40).dgda,
      limit: -(o.x - o.b) / (ARTICLE.a * ARTICLE.a),
    },
    map20: {
      cells: map20.cells.length,
      /** Cells with |c| > 1, whose iterates fly apart. */
      diverging: map20.cells.filter((x) => Math.abs(x.c) > 1 && !onCurve(x.c)).length,
      /** Cells on the curve c = −1 (the map shades them with the diverging ones). */
      onCurve: map20.cells.filter((x) => onCurve(x.c)).length,
      top: Math.max(...map20.cells.map((x) => x.logTangent)),
    },
    /** Each cell at N = 20 and N = 40: c and log₁₀|dg/da| (the map's claims are tested on them). */
    cells2040: map20.cells.map((cell, i) => ({
      c: cell.c,
      log20: cell.logTangent,
      log40: map40.cells[i]?.logTangent ?? NaN,
    })),
    roughAlpha: ROUGH_DEFAULTS.alpha,
    roughY0: ROUGH_DEFAULTS.y0,
    rough,
  };
}

let cached: ReturnType<typeof compute> | null = null;
/** The lesson's facts, computed once on first use. */
export function facts(): ReturnType<typeof compute> {
  cached ??= compute();
  return cached;
}
