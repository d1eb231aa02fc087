/**
 * The Python (numpy) source of a run's notebook: the model and its derivatives as formulas
 * (from the same tree the solver differentiates with dual numbers), and the solver's inner
 * loop, four gradient methods and optimizers written out step by step in the same order of
 * operations, so the notebook prints the widget's numbers.
 */
import { derivative } from '../../../src/solver/core/exprDerivative';
import type { BinaryOp, Expr } from '../../../src/solver/core/expression';

const PRECEDENCE: Record<BinaryOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 4 };
const PY_OP: Record<BinaryOp, string> = { '+': ' + ', '-': ' - ', '*': '*', '/': '/', '^': '**' };

/** A float as Python reads it back to the same double. */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return 'np.nan';
  if (!Number.isFinite(v)) return v > 0 ? 'np.inf' : '-np.inf';
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** The tree as a numpy expression in y, a, b. */
export function pyExpr(e: Expr, outer = 0): string {
  const wrap = (s: string, b: boolean) => (b ? `(${s})` : s);
  switch (e.kind) {
    case 'num':
      return wrap(pyNumber(e.value), e.value < 0 && outer > 0);
    case 'var':
      return e.name;
    case 'neg':
      return wrap(`-${pyExpr(e.arg, 3)}`, outer > 3);
    case 'call':
      return `np.${e.fn}(${pyExpr(e.arg)})`;
    case 'bin': {
      const p = PRECEDENCE[e.op];
      const [lp, rp] = e.op === '^' ? [p + 1, p] : [p, p + 1];
      return wrap(`${pyExpr(e.left, lp)}${PY_OP[e.op]}${pyExpr(e.right, rp)}`, outer > p);
    }
  }
}

/** The model cell: f and the derivatives the loss needs, each a formula. */
export function modelCode(e: Expr, label: string): string {
  const fy = derivative(e, 'y');
  const parts: [string, Expr][] = [
    ['f', e],
    ['f_y', fy],
    ['f_a', derivative(e, 'a')],
    ['f_b', derivative(e, 'b')],
    ['f_yy', derivative(fy, 'y')],
    ['f_ya', derivative(fy, 'a')],
    ['f_yb', derivative(fy, 'b')],
  ];
  return [
    `# The model ${label} and its derivatives (y is the latent, θ = (a, b)).`,
    ...parts.map(([name, t]) => `def ${name}(y, a, b):\n    return ${pyExpr(t)}`),
    '',
    'def loss(x, y, a, b):',
    '    r = x - f(y, a, b)',
    '    return r * r',
    '',
    'def dL_dy(x, y, a, b):',
    '    return -2 * (x - f(y, a, b)) * f_y(y, a, b)',
    '',
    'def second(x, y, a, b):',
    '    """∂L/∂y, ∂²L/∂y² and ∂²L/∂y∂θ at (x, y)."""',
    '    r = x - f(y, a, b)',
    '    fy = f_y(y, a, b)',
    '    cross = np.array([2 * f_a(y, a, b) * fy - 2 * r * f_ya(y, a, b), 2 * f_b(y, a, b) * fy - 2 * r * f_yb(y, a, b)])',
    '    return -2 * r * fy, 2 * fy * fy - 2 * r * f_yy(y, a, b), cross',
  ].join('\n');
}

/** The inversion cell: plain gradient descent or momentum, as invert.ts runs it. */
export const INVERSION_CODE = `def invert(x, a, b, alpha, steps, y0, momentum=None, mu=0.0):
    """The iterates g(0..n) and where the run stopped; momentum is None, 'heavy-ball' or 'nesterov'."""
    y, v, ys = y0, 0.0, [y0]
    if not (abs(y) <= BOUND and np.isfinite(loss(x, y, a, b)) and np.isfinite(dL_dy(x, y, a, b))):
        return ys, 'diverged'
    for n in range(steps):
        grad = dL_dy(x, y, a, b)
        if momentum:
            pull = dL_dy(x, y + mu * v, a, b) if momentum == 'nesterov' else grad
            v = mu * v - alpha * pull
            nxt = y + v
        else:
            nxt = y - alpha * grad
        if not (abs(nxt) <= BOUND and np.isfinite(loss(x, nxt, a, b)) and np.isfinite(dL_dy(x, nxt, a, b))):
            return ys, 'diverged'
        y = nxt
        ys.append(y)
    return ys, 'ran'`;

/** The training cell: h_θ(x) and dh/dθ by the four methods, T and ∂T/∂θ, the optimizers. */
export const TRAINING_CODE = `def predict(x, a, b, steps):
    g = y0
    for n in range(steps):
        g = g - alpha * dL_dy(x, g, a, b)
    return g

def sample(x, theta):
    """h_θ(x) = g(N) and dh/dθ ≈ dg(M)/dθ by the chosen method."""
    a, b = theta
    if method == 'finite-difference':
        dh = np.zeros(2)
        for j in range(2):
            eps = fd_step * max(1.0, abs(theta[j]))
            up, down = theta.copy(), theta.copy()
            up[j], down[j] = theta[j] + eps, theta[j] - eps
            dh[j] = (predict(x, *up, M) - predict(x, *down, M)) / (up[j] - down[j])
        return predict(x, a, b, N), dh
    g, h, dh, iterates, gM = y0, y0, np.zeros(2), [], y0
    for n in range(max(N, M)):
        if method == 'forward' and n < M:
            Ly, Lyy, cross = second(x, g, a, b)
            dh = dh - (alpha * Lyy * dh + alpha * cross)
            g = g - alpha * Ly
        else:
            if n < M:
                iterates.append(g)
            g = g - alpha * dL_dy(x, g, a, b)
        if n + 1 == N:
            h = g
        if n + 1 == M:
            gM = g
    if method == 'reverse':
        lam = 1.0
        for gn in reversed(iterates):
            Ly, Lyy, cross = second(x, gn, a, b)
            dh = dh - lam * alpha * cross
            lam = lam * (1 - alpha * Lyy)
    if method == 'implicit':
        Ly, Lyy, cross = second(x, gM, a, b)
        dh = -cross / Lyy
    return h, dh

def objective(theta):
    T, grad = 0.0, np.zeros(2)
    for xi, yi in zip(data_x, data_y):
        h, dh = sample(xi, theta)
        T += (yi - h) ** 2
        grad = grad + -2 * (yi - h) * dh
    return T, grad

def train():
    theta = np.array([a0, b0])
    velocity, first, second_m = np.zeros(2), np.zeros(2), np.zeros(2)
    history = []
    for k in range(epochs + 1):
        T, grad = objective(theta)
        if not (np.isfinite(T) and np.all(np.isfinite(grad))):
            return history, 'diverged'
        history.append((theta.copy(), T, grad))
        if k == epochs:
            return history, 'ran'
        nxt = theta.copy()
        for j in range(2):
            if optimizer == 'momentum':
                velocity[j] = mu * velocity[j] - beta * grad[j]
                moved = nxt[j] + velocity[j]
            elif optimizer == 'adam':
                first[j] = beta1 * first[j] + (1 - beta1) * grad[j]
                second_m[j] = beta2 * second_m[j] + (1 - beta2) * grad[j] * grad[j]
                m_hat, s_hat = first[j] / (1 - beta1 ** (k + 1)), second_m[j] / (1 - beta2 ** (k + 1))
                moved = nxt[j] - beta * m_hat / (np.sqrt(s_hat) + adam_eps)
            else:
                moved = nxt[j] - beta * grad[j]
            nxt[j] = min(max(moved, clamp[j][0]), clamp[j][1])
        if np.any(~(np.abs(nxt) <= BOUND)):
            return history, 'diverged'
        theta = nxt`;
