/**
 * Forward-mode automatic differentiation with hyper-dual numbers.
 *
 * A {@link Dual} carries a value u together with its gradient ∇u over m
 * variables z = (z₀, z₁, …, z₍ₘ₋₁₎) and the first row of its Hessian,
 * ∂²u/∂z₀∂zⱼ. The solver always puts the latent y in z₀ and the parameters θ
 * after it, so one evaluation of a model f(y, θ) gives f, ∂f/∂y, ∂f/∂θ,
 * ∂²f/∂y² and ∂²f/∂y∂θ: everything the inversion and the forward-mode
 * recursion need. A model is therefore written once, as a function of duals.
 *
 * Each operation applies the chain rule to all three parts:
 *   value    φ(u)
 *   gradient φ'(u)·∇u
 *   y-row    φ''(u)·(∂u/∂y)·∇u + φ'(u)·∂(∇u)/∂y
 */

/** A value, its gradient over m variables, and the row ∂²/∂z₀∂zⱼ of its Hessian. */
export interface Dual {
  /** The value u. */
  readonly v: number;
  /** The gradient: d[j] = ∂u/∂zⱼ. */
  readonly d: readonly number[];
  /** The Hessian row of the first variable: h[j] = ∂²u/∂z₀∂zⱼ (z₀ is y in the solver). */
  readonly h: readonly number[];
}

/** Either a dual number or a plain constant; constants are lifted on the fly. */
export type Operand = Dual | number;

/** A constant c over m variables: zero gradient, zero Hessian row. */
export function constant(c: number, size: number): Dual {
  const zeros = new Array<number>(size).fill(0);
  return { v: c, d: zeros, h: zeros };
}

/** The variable zᵢ = value over m variables: gradient eᵢ, zero Hessian row. */
export function variable(value: number, index: number, size: number): Dual {
  const d = new Array<number>(size).fill(0);
  d[index] = 1;
  return { v: value, d, h: new Array<number>(size).fill(0) };
}

function lift(a: Operand, other: Operand): Dual {
  if (typeof a !== 'number') return a;
  return constant(a, typeof other === 'number' ? 0 : other.d.length);
}

/** u + w (either may be a constant). */
export function add(a: Operand, b: Operand): Dual {
  const u = lift(a, b);
  const w = lift(b, a);
  return {
    v: u.v + w.v,
    d: u.d.map((dj, j) => dj + (w.d[j] as number)),
    h: u.h.map((hj, j) => hj + (w.h[j] as number)),
  };
}

/** u − w (either may be a constant). */
export function sub(a: Operand, b: Operand): Dual {
  return add(a, scale(lift(b, a), -1));
}

/** k·u for a constant k. */
export function scale(a: Dual, k: number): Dual {
  return { v: k * a.v, d: a.d.map((dj) => k * dj), h: a.h.map((hj) => k * hj) };
}

/** −u. */
export function neg(a: Dual): Dual {
  return scale(a, -1);
}

/**
 * u·w, by the product rule on every part:
 * ∂²(uw)/∂y∂zⱼ = u_yj·w + u_y·w_j + u_j·w_y + u·w_yj.
 */
export function mul(a: Operand, b: Operand): Dual {
  const u = lift(a, b);
  const w = lift(b, a);
  const uy = u.d[0] ?? 0;
  const wy = w.d[0] ?? 0;
  return {
    v: u.v * w.v,
    d: u.d.map((dj, j) => dj * w.v + u.v * (w.d[j] as number)),
    h: u.h.map((hj, j) => hj * w.v + uy * (w.d[j] as number) + (u.d[j] as number) * wy + u.v * (w.h[j] as number)),
  };
}

/**
 * φ(u) for a scalar function φ, given φ(u), φ'(u) and φ''(u) at u's value.
 * Every elementary function below is built on this one chain rule.
 */
export function chain(a: Dual, f0: number, f1: number, f2: number): Dual {
  const uy = a.d[0] ?? 0;
  return {
    v: f0,
    d: a.d.map((dj) => f1 * dj),
    h: a.h.map((hj, j) => f2 * uy * (a.d[j] as number) + f1 * hj),
  };
}

/** u / w, as u · (1/w) with (1/w)' = −1/w², (1/w)'' = 2/w³. */
export function div(a: Operand, b: Operand): Dual {
  const w = lift(b, a);
  return mul(a, chain(w, 1 / w.v, -1 / (w.v * w.v), 2 / (w.v * w.v * w.v)));
}

/** uᵖ for a constant exponent p; p = 0 and p = 1 are exact even at u = 0. */
export function pow(a: Dual, p: number): Dual {
  if (p === 0) return constant(1, a.d.length);
  if (p === 1) return a;
  const u = a.v;
  return chain(a, u ** p, p * u ** (p - 1), p * (p - 1) * u ** (p - 2));
}

/** tanh(u), with tanh' = 1 − tanh², tanh'' = −2·tanh·(1 − tanh²). */
export function tanh(a: Dual): Dual {
  const t = Math.tanh(a.v);
  const s = 1 - t * t;
  return chain(a, t, s, -2 * t * s);
}

/** exp(u); every derivative is exp(u). */
export function exp(a: Dual): Dual {
  const e = Math.exp(a.v);
  return chain(a, e, e, e);
}

/** sin(u), with sin' = cos, sin'' = −sin. */
export function sin(a: Dual): Dual {
  const s = Math.sin(a.v);
  return chain(a, s, Math.cos(a.v), -s);
}

/** cos(u), with cos' = −sin, cos'' = −cos. */
export function cos(a: Dual): Dual {
  const c = Math.cos(a.v);
  return chain(a, c, -Math.sin(a.v), -c);
}
