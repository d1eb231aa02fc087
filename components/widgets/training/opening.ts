import { modelCurve } from '../../../src/solver';
import { staticFigureSvg } from '../drawing/staticFigure';
import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/widget';
import { computeTraining, PLANE, TRUTH, Y_RANGE, type TrainingRun } from './compute';
import { trainingTable } from './table';
import { trainingBadge, trainingText } from './text';

/** The three panels of update k as static figures: the data and model, θ's path, T against k. */
export function trainingFigures(run: TrainingRun, k: number): Record<string, string> {
  const h = run.result.history;
  const theta = h[k]?.theta ?? [0, 0];
  const model = modelCurve({ model: run.params.model, theta, range: Y_RANGE });
  const xs = [...run.truthCurve.map((p) => p.v), ...run.data.x];
  const Ts = h.map((s) => s.T).filter((t) => t > 0);
  const last = Math.max(1, h.length - 1);
  return {
    plot: staticFigureSvg({
      width: 420,
      height: 300,
      label: `Training pairs, ground truth and the model at update ${k}`,
      x: { label: 'y (latent)', domain: Y_RANGE },
      y: { label: 'x = f(y)', domain: [Math.min(...xs) - 1, Math.max(...xs) + 1] },
      lines: [
        { points: run.truthCurve.map((p) => [p.y, p.v] as const), cls: 'truth-line' },
        { points: model.map((p) => [p.y, p.v] as const), cls: 'model-line' },
      ],
      dots: run.data.x.map((x, i) => ({ x: run.data.y[i] ?? 0, y: x, cls: 'point' as const })),
    }),
    plane: staticFigureSvg({
      width: 420,
      height: 340,
      label: `The path of θ = (a, b) up to update ${k}, and the ground truth (${TRUTH.join(', ')})`,
      x: { label: 'a', domain: PLANE.a },
      y: { label: 'b', domain: PLANE.b },
      lines: [{ points: h.slice(0, k + 1).map((s) => [s.theta[0] ?? 0, s.theta[1] ?? 0] as const), cls: 'theta-path' }],
      dots: [
        { x: TRUTH[0] ?? 0, y: TRUTH[1] ?? 0, cls: 'point' },
        { x: theta[0] ?? 0, y: theta[1] ?? 0, cls: 'current' },
      ],
    }),
    loss: staticFigureSvg({
      width: 420,
      height: 300,
      label: `Training loss T against update k, log scale, at update ${k}`,
      x: { label: 'update k', domain: [0, last] },
      y: { label: 'T (log scale)', domain: [Math.min(...Ts), Math.max(...Ts)], log: true },
      lines: [{ points: h.map((s) => [s.k, s.T] as const), cls: 'loss-line' }],
      dots: h[k] ? [{ x: k, y: h[k].T, cls: 'current' }] : [],
    }),
  };
}

/** The training widget's opening state. */
export function trainingOpening(props: ShellProps): Opening {
  return opening(trainingTable, props, {
    compute: (v) => computeTraining(v),
    count: (run) => run.result.history.length,
    text: (run, k) => trainingText(run, k),
    badge: (run, k) => trainingBadge(run, k),
    figures: trainingFigures,
  });
}
