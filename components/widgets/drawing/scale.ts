import { ticks as niceTicks } from 'd3-array';

/**
 * The two scales the figures need, linear and log, with the interface d3-axis calls
 * (domain, range, copy, ticks) plus invert and clamping.
 *
 * Why not d3-scale: its linear scale pulls in d3-interpolate, d3-color and d3-format
 * (≈ 23 KB minified, ≈ 8 KB gzip, measured in this bundle) for a map that is one line of
 * arithmetic here, and the per-page JavaScript budget is 35 KB. Tick positions still come from
 * d3-array's `ticks`, so axes look exactly as d3-scale's would.
 */
export interface Scale {
  (v: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(px: number): number;
  ticks(count?: number): number[];
  copy(): Scale;
}

function make(
  domain: [number, number],
  range: [number, number],
  forward: (v: number) => number,
  backward: (t: number) => number,
  ticks: (count: number) => number[],
  clamp: boolean,
  rebuild: () => Scale,
): Scale {
  const [f0, f1] = [forward(domain[0]), forward(domain[1])];
  const span = f1 - f0 || 1;
  const scale = ((v: number) => {
    let t = (forward(v) - f0) / span;
    if (clamp) t = Math.min(1, Math.max(0, t));
    return range[0] + t * (range[1] - range[0]);
  }) as Scale;
  scale.domain = () => [domain[0], domain[1]];
  scale.range = () => [range[0], range[1]];
  scale.invert = (px) => backward(f0 + ((px - range[0]) / (range[1] - range[0] || 1)) * span);
  scale.ticks = (count = 10) => ticks(count);
  scale.copy = rebuild;
  return scale;
}

/** A linear map from `domain` to `range`. */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  return make(
    domain,
    range,
    (v) => v,
    (t) => t,
    (count) => niceTicks(domain[0], domain[1], count),
    false,
    () => linearScale(domain, range),
  );
}

/** A log₁₀ map from a positive `domain` to `range`; values outside the domain sit on its edges. */
export function logScale(domain: [number, number], range: [number, number]): Scale {
  const decades = () => {
    const lo = Math.ceil(Math.log10(Math.min(...domain)));
    const hi = Math.floor(Math.log10(Math.max(...domain)));
    return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => 10 ** (lo + i));
  };
  return make(
    domain,
    range,
    Math.log10,
    (t) => 10 ** t,
    decades,
    true,
    () => logScale(domain, range),
  );
}
