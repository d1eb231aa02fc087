import {
  evaluateModel,
  invert,
  inversionRegime,
  lossCurve,
  minimisers,
  type InversionParams,
  type InversionResult,
  type ModelName,
  type RegimeReport,
  type CurvePoint,
} from '../../../src/solver';
import { num, str, type ParamValues } from '../runtime/params';

/** Everything the inversion widget draws: the solver's records plus the curves around them. */
export interface InversionRun {
  params: InversionParams;
  result: InversionResult;
  regime: RegimeReport;
  /** f_θ(g(n)) for each recorded step, for the loss equation. */
  f: number[];
  /** L(x, y) over the plotted y-range. */
  curve: CurvePoint[];
  /** The true minimisers of L in the plotted range. */
  minima: number[];
  /** The plotted y-range: it follows the run, but never blows up with a diverging one. */
  range: [number, number];
}

/** The solver's inversion parameters from the widget's values. */
export function inversionParams(v: ParamValues): InversionParams {
  const momentum = str(v, 'momentum');
  return {
    model: str(v, 'model') as ModelName,
    theta: [num(v, 'a'), num(v, 'b')],
    x: num(v, 'x'),
    alpha: num(v, 'alpha'),
    steps: num(v, 'N'),
    y0: num(v, 'y0'),
    momentum: momentum === 'none' ? null : { kind: momentum as 'heavy-ball' | 'nesterov', mu: num(v, 'mu') },
  };
}

/**
 * The y-range: the start, the minimisers near it, and the iterates within 4× that span (further
 * ones are marked off the scale). The minimiser the run ends nearest sits at least 30% of the
 * range from either edge, so both sides of its valley show.
 */
function plotRange(y0: number, ys: number[], minima: number[]): [number, number] {
  const near = minima.filter((m) => Math.abs(m - y0) < 40);
  const core = [y0, ...near];
  const span = Math.max(2, Math.max(...core) - Math.min(...core));
  const kept = ys.filter((y) => Number.isFinite(y) && Math.abs(y - y0) <= 4 * span);
  let lo = Math.min(...core, ...kept);
  let hi = Math.max(...core, ...kept);
  const end = kept.at(-1) ?? y0;
  const m = near.reduce((best, v) => (Math.abs(v - end) < Math.abs(best - end) ? v : best), near[0] ?? NaN);
  if (Number.isFinite(m)) {
    // m − lo' = 0.3·(hi − lo'), solved for lo' (and the same on the right).
    lo = Math.min(lo, m - (0.3 / 0.7) * (hi - m));
    hi = Math.max(hi, m + (0.3 / 0.7) * (m - lo));
  }
  const pad = 0.08 * (hi - lo) || 1;
  return [lo - pad, hi + pad];
}

/** Runs the solver for the widget's values. */
export function computeInversion(values: ParamValues): InversionRun {
  const params = inversionParams(values);
  const result = invert(params);
  const regime = inversionRegime({ ...params });
  const wide: [number, number] = [params.y0 - 30, params.y0 + 30];
  const candidates = minimisers({ model: params.model, theta: params.theta, x: params.x, range: wide });
  const range = plotRange(
    params.y0,
    result.steps.map((s) => s.y),
    candidates,
  );
  const curve = lossCurve({ model: params.model, theta: params.theta, x: params.x, range, samples: 240 });
  const minima = candidates.filter((m) => m >= range[0] && m <= range[1]);
  const f = result.steps.map((s) => evaluateModel(params.model, params.theta, s.y));
  return { params, result, regime, f, curve, minima, range };
}
