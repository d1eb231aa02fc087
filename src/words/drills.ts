/**
 * A dealt drill (src/solver/analysis/drills.ts) in words: the question with
 * the dealt numbers, and the worked steps, one sentence each, the last giving
 * the solver's answer.
 */
import type { Deal } from '../solver/analysis/drills.ts';
import { formatFixed, formatSig, paren } from './format.ts';

/** A dealt number as given: as few digits as it has (0.05, −2.5, 3). */
const n = (v: number): string => formatSig(v, 6);
/** A working value to 4 decimals, bracketed when negative and after an operator. */
const w = (v: number): string => formatFixed(v, 4);
const pw = (v: number): string => paren(w(v));
const pn = (v: number): string => paren(n(v));
const power = (tol: number): string =>
  `10${String(Math.round(Math.log10(tol)))
    .replace('-', '⁻')
    .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)}`;

const REGIME_WORDS: Record<string, string> = {
  converging: 'converges from one side (0 < c < 1)',
  oscillating: 'zig-zags in (−1 < c < 0)',
  diverging: 'diverges (|c| ≥ 1)',
  cycling: 'jumps back and forth forever (c = −1)',
  converged: 'is already at the minimum',
  stuck: 'is stuck',
};

/** The question, with the dealt numbers. */
export function drillQuestion(d: Deal): string {
  const g = d.given;
  switch (d.kind) {
    case 'inversion-step':
      return `For f(y) = a·y + b with a = ${n(g.a!)}, b = ${n(g.b!)}, observation x = ${n(g.x!)} and step width α = ${n(g.alpha!)}, the iterate is g(n) = ${n(g.g!)}. What is g(n + 1)?`;
    case 'tangent-step':
      return `With a = ${n(g.a!)} and α = ${n(g.alpha!)}, the article's recursion gives dg(${g.n})/db = ${n(g.previous!)}. Use dg(n+1)/db = dg(n)/db − 2α·(a²·dg(n)/db + a) to find dg(${g.n! + 1})/db.`;
    case 'theta-update':
      return `One sample x = ${n(g.x!)}, y = ${n(g.y!)}; θ = (a, b) = (${n(g.a!)}, ${n(g.b!)}); one inner step (N = M = 1) from y0 = ${n(g.y0!)} with α = ${n(g.alpha!)}. With β = ${n(g.beta!)}, what is a after one θ update a − β·∂T/∂a?`;
    case 'regime':
      return `For f(y) = a·y + b with a = ${n(g.a!)} and α = ${n(g.alpha!)}, what is the factor c = 1 − 2αa² one step multiplies the error by? (Then say whether the inversion converges.)`;
    case 'steps-for-accuracy':
      return `With a = ${n(g.a!)}, b = ${n(g.b!)}, x = ${n(g.x!)}, y0 = ${n(g.y0!)} and α = ${n(g.alpha!)}, how many steps N are needed so that |g(N) − y*| ≤ ${power(g.tol!)}?`;
  }
}

/** The worked steps, in order; the last one states the answer. */
export function drillSteps(d: Deal): string[] {
  const g = d.given;
  const k = d.working;
  const answer = formatFixed(d.answer, d.decimals);
  switch (d.kind) {
    case 'inversion-step':
      return [
        `The model gives f(g(n)) = ${n(g.a!)} · ${pn(g.g!)} + ${pn(g.b!)} = ${w(k.f!)}.`,
        `The mismatch is x − f = ${n(g.x!)} − ${pw(k.f!)} = ${w(k.mismatch!)}, so the slope is ∂L/∂y = −2a·(x − f) = ${w(k.slope!)}.`,
        `The step is −α·∂L/∂y = −${n(g.alpha!)} · ${pw(k.slope!)} = ${w(k.step!)}.`,
        `So g(n + 1) = ${n(g.g!)} + ${pw(k.step!)} = ${answer}.`,
      ];
    case 'tangent-step':
      return [
        `a²·dg(${g.n})/db + a = ${n(g.a! * g.a!)} · ${pn(g.previous!)} + ${n(g.a!)} = ${w(k.inner!)}.`,
        `Times −2α: −2 · ${n(g.alpha!)} · ${pw(k.inner!)} = ${w(k.step!)}.`,
        `So dg(${g.n! + 1})/db = ${n(g.previous!)} + ${pw(k.step!)} = ${answer} (the limit is −1/a = ${w(-1 / g.a!)}).`,
      ];
    case 'theta-update':
      return [
        `The prediction after one step: h = y0 − 2αa·(a·y0 + b − x) = ${w(k.h!)}.`,
        `Its slope in a: dh/da = −2α·(−x + 2a·y0 + b) = ${w(k.dh!)}.`,
        `The gradient: ∂T/∂a = −2·(y − h)·dh/da = −2 · ${pw(g.y! - k.h!)} · ${pw(k.dh!)} = ${w(k.dT!)}.`,
        `The update: a − β·∂T/∂a = ${n(g.a!)} − ${n(g.beta!)} · ${pw(k.dT!)} = ${answer}.`,
      ];
    case 'regime':
      return [
        `2a² = 2 · ${pn(g.a!)}² = ${w(k.curvature!)}, the curvature ∂²L/∂y².`,
        `c = 1 − α · 2a² = 1 − ${n(g.alpha!)} · ${w(k.curvature!)} = ${answer}.`,
        `So the inversion ${REGIME_WORDS[d.regime ?? ''] ?? d.regime}.`,
      ];
    case 'steps-for-accuracy':
      return [
        `c = 1 − 2αa² = ${w(k.c!)} and y* = (x − b)/a = ${w(k.yStar!)}.`,
        `The first error is |y0 − y*| = ${w(k.error0!)}; after N steps it is |c|ᴺ · ${w(k.error0!)}.`,
        `|c|ᴺ · ${w(k.error0!)} ≤ ${power(g.tol!)} needs N ≥ ln(${power(g.tol!)} / ${w(k.error0!)}) / ln|c| ≈ ${formatFixed(k.bound!, 2)}.`,
        `The smallest whole N is ${answer}.`,
      ];
  }
}
