/**
 * The article's hand-derived recursion for the line f(y) = a·y + b: the guesses g(n) and their
 * derivatives dg(n)/da, dg(n)/db for n = 0…N. Each update differentiates the one above it
 * totally in θ, including the dependence through g(n−1).
 */
export function linearRecursion(p: { alpha: number; a: number; b: number; x: number; y0: number; steps: number }) {
  const { alpha, a, b, x } = p;
  const g = [p.y0];
  const dga = [0];
  const dgb = [0];
  let [gPrev, daPrev, dbPrev] = [p.y0, 0, 0];
  for (let n = 1; n <= p.steps; n++) {
    [gPrev, daPrev, dbPrev] = [
      gPrev - 2 * alpha * a * (a * gPrev + b - x),
      daPrev - 2 * alpha * (-x + 2 * a * gPrev + a * a * daPrev + b),
      dbPrev - 2 * alpha * (a * a * dbPrev + a),
    ];
    g.push(gPrev);
    dga.push(daPrev);
    dgb.push(dbPrev);
  }
  return { g, dga, dgb };
}
