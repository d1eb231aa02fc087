import { drawAxes } from '../drawing/frame';
import { polyline } from '../drawing/path';
import { linearScale, logScale } from '../drawing/scale';
import { researchFrame, type ResearchMark } from '../researchNeumann/figure';
import { stepAt, type RewindRun } from './compute';

/** Distances below this sit on the floor of the log axis (exactly y*, or no error). */
export const FLOOR = 1e-17;

export const REWIND_MARKS = {
  truth: { label: 'true |g(n) − y*|', className: 'rm-true', swatch: 'line' },
  rebuilt: { label: 'rebuilt |g(n) − y*|', className: 'rm-rebuilt', swatch: 'dashed' },
  error: { label: 'error of the rebuilt g(n)', className: 'rm-fd', swatch: 'line' },
  now: { label: 'rewound to here', className: 'rm-current', swatch: 'ring' },
} as const satisfies Record<string, ResearchMark>;

/** The true path's distance to y* against n, the rebuilt path's from n = N back to N − j, and its error. */
export function createRewindPlot(host: HTMLElement) {
  const W = 640;
  const frame = researchFrame(host, {
    width: W,
    height: 320,
    title:
      'Distance to the answer y* of the true path and of the path rebuilt backwards from g(N), with the error of the rebuilt one, log scale',
    marks: Object.values(REWIND_MARKS),
    left: 64,
  });
  const { plot, margin, height: H } = frame;
  for (const cls of ['ghost-path', 'rm-true', 'rm-rebuilt', 'rm-fd']) plot.append('path').attr('class', cls);
  plot.append('circle').attr('class', 'rm-current').attr('r', 6);
  let drawn: RewindRun | null = null;
  let x = linearScale([0, 1], [0, 1]);
  let y = logScale([FLOOR, 1], [0, 1]);
  const at = (v: number) => y(Math.max(FLOOR, v));

  function drawRun(run: RewindRun) {
    const steps = run.rewind.steps;
    x = linearScale([0, steps.length - 1], [margin.left, W - margin.right]);
    const top = Math.max(...steps.map((s) => Math.abs(s.y - run.rewind.yStar)), 1) * 1e3;
    y = logScale([FLOOR, top], [H - margin.bottom, margin.top]);
    drawAxes(frame, x, y, { x: 'n, step of the inversion', y: 'distance' }, { yLog: true });
    plot.select('.rm-true').attr(
      'd',
      polyline(
        steps,
        (s) => x(s.n),
        (s) => at(Math.abs(s.y - run.rewind.yStar)),
      ),
    );
  }

  function draw(run: RewindRun, j: number, ghost: RewindRun | null) {
    if (drawn !== run) drawRun(run);
    drawn = run;
    const steps = run.rewind.steps;
    const back = steps.slice(steps.length - 1 - j);
    const yStar = run.rewind.yStar;
    plot.select('.rm-rebuilt').attr(
      'd',
      polyline(
        back,
        (s) => x(s.n),
        (s) => at(Math.abs(s.rebuilt - yStar)),
      ),
    );
    plot.select('.rm-fd').attr(
      'd',
      polyline(
        back,
        (s) => x(s.n),
        (s) => at(s.error),
      ),
    );
    const g = ghost?.rewind;
    plot.select('.ghost-path').attr(
      'd',
      g && g.steps.length === steps.length
        ? polyline(
            g.steps,
            (s) => x(s.n),
            (s) => at(Math.abs(s.rebuilt - g.yStar)),
          )
        : null,
    );
    const s = stepAt(run, j);
    if (s)
      plot
        .select('.rm-current')
        .attr('cx', x(s.n))
        .attr('cy', at(Math.abs(s.rebuilt - yStar)));
  }
  return { frame, draw };
}
