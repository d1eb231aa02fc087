/**
 * The few dense products the digits need, over row-major Float64Arrays. D is K × P
 * (K = 10 classes, P = 64 pixels); G = DDᵀ is K × K and symmetric.
 */
import { CLASSES, PIXELS } from './data.ts';
import { f64At, outOfRange } from '../core/nth.ts';

// Local copies: an imported binding read in a hot loop is a property lookup under some module loaders.
const K = CLASSES;
const P = PIXELS;

/** G = DDᵀ (K × K). */
export function gram(d: Float64Array): Float64Array {
  if (d.length < K * P) throw outOfRange(K * P - 1, d.length);
  const g = new Float64Array(K * K);
  for (let i = 0; i < K; i++) {
    for (let j = i; j < K; j++) {
      let s = 0;
      for (let p = 0; p < P; p++) s += (d[i * P + p] as number) * (d[j * P + p] as number);
      g[i * K + j] = s;
      g[j * K + i] = s;
    }
  }
  return g;
}

// The products check their operands' lengths once, then read in place: a checked read per
// entry (a call into core/nth.ts) cost more than the multiply-add (see nth.ts).
function checkSize(m: Float64Array, size: number): void {
  if (m.length < size) throw outOfRange(size - 1, m.length);
}

/** C = A·B for A (r × m) and B (m × c). */
export function matmul(a: Float64Array, b: Float64Array, r: number, m: number, c: number): Float64Array {
  checkSize(a, r * m);
  checkSize(b, m * c);
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k] as number;
      if (aik === 0) continue;
      for (let j = 0; j < c; j++) out[i * c + j] = (out[i * c + j] as number) + aik * (b[k * c + j] as number);
    }
  }
  return out;
}

/** C = Aᵀ·B for A (m × r) and B (m × c). */
export function matmulTA(a: Float64Array, b: Float64Array, m: number, r: number, c: number): Float64Array {
  checkSize(a, m * r);
  checkSize(b, m * c);
  const out = new Float64Array(r * c);
  for (let k = 0; k < m; k++) {
    for (let i = 0; i < r; i++) {
      const aki = a[k * r + i] as number;
      if (aki === 0) continue;
      for (let j = 0; j < c; j++) out[i * c + j] = (out[i * c + j] as number) + aki * (b[k * c + j] as number);
    }
  }
  return out;
}

/** C = A·Bᵀ for A (r × m) and B (c × m). */
export function matmulTB(a: Float64Array, b: Float64Array, r: number, m: number, c: number): Float64Array {
  checkSize(a, r * m);
  checkSize(b, c * m);
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      let s = 0;
      for (let k = 0; k < m; k++) s += (a[i * m + k] as number) * (b[j * m + k] as number);
      out[i * c + j] = s;
    }
  }
  return out;
}

/**
 * λ_max of the symmetric positive semi-definite K × K matrix `g`, by power iteration from
 * the all-ones vector (no eigenvector of DDᵀ for images with positive pixels is orthogonal to it
 * in practice); stops when two estimates agree to 1e-12 relative.
 */
export function largestEigenvalue(g: Float64Array, n = K, maxIter = 1000): number {
  let v = new Float64Array(n).fill(1 / Math.sqrt(n));
  let lambda = 0;
  for (let it = 0; it < maxIter; it++) {
    const w = matmul(g, v, n, n, 1);
    const norm = Math.hypot(...w);
    if (norm === 0) return 0;
    const next = w.reduce((s, wi, i) => s + wi * f64At(v, i), 0);
    v = w.map((wi) => wi / norm);
    if (Math.abs(next - lambda) <= 1e-12 * Math.abs(next)) return next;
    lambda = next;
  }
  return lambda;
}

/** Every eigenvalue of the symmetric n × n matrix `g`, ascending (cyclic Jacobi rotations). */
export function symmetricEigenvalues(g: Float64Array, n = K): number[] {
  const a = Float64Array.from(g);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += f64At(a, i * n + j) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = f64At(a, p * n + q);
        if (apq === 0) continue;
        const theta = (f64At(a, q * n + q) - f64At(a, p * n + p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = f64At(a, k * n + p);
          const akq = f64At(a, k * n + q);
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = f64At(a, p * n + k);
          const aqk = f64At(a, q * n + k);
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  return Array.from({ length: n }, (_, i) => f64At(a, i * n + i)).sort((x, y) => x - y);
}

/**
 * X solving A·X = B for the symmetric positive-definite n × n matrix A and B (n × c), by
 * Cholesky factorisation; throws if A is not positive definite (a D with dependent rows).
 */
export function solveSpd(a: Float64Array, b: Float64Array, n: number, c: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = f64At(a, i * n + j);
      for (let k = 0; k < j; k++) s -= f64At(l, i * n + k) * f64At(l, j * n + k);
      if (i === j) {
        if (!(s > 0)) throw new RangeError('the matrix is not positive definite (rows of D depend on each other)');
        l[i * n + i] = Math.sqrt(s);
      } else l[i * n + j] = s / f64At(l, j * n + j);
    }
  }
  const x = Float64Array.from(b);
  for (let col = 0; col < c; col++) {
    for (let i = 0; i < n; i++) {
      let s = f64At(x, i * c + col);
      for (let k = 0; k < i; k++) s -= f64At(l, i * n + k) * f64At(x, k * c + col);
      x[i * c + col] = s / f64At(l, i * n + i);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = f64At(x, i * c + col);
      for (let k = i + 1; k < n; k++) s -= f64At(l, k * n + i) * f64At(x, k * c + col);
      x[i * c + col] = s / f64At(l, i * n + i);
    }
  }
  return x;
}
