import numpy as np

ALPHA = 0.05                  # inner step size α
TRUE_THETA = (2.0, -4.0)      # the line that made the data


def model(y, theta):
    """Forward model f_θ(y) = a·y + b."""
    a, b = theta
    return a * y + b


def slope(x, y, theta):
    """∂L/∂y for the loss L = (x − f_θ(y))²."""
    a, _ = theta
    return -2.0 * (x - model(y, theta)) * a


def descend(x, theta, steps, start):
    """The inner descent: the whole path g(0), g(1), ..., g(steps)."""
    path = [start]                       # g(0) is the start itself
    for _ in range(steps):
        path.append(path[-1] - ALPHA * slope(x, path[-1], theta))
    return path


def descend_with_tangents(x, theta, steps, start):
    """g(steps) and dg(steps)/dθ, carried forward together (forward mode)."""
    a, b = theta
    g, da, db = start, 0.0, 0.0          # dg(0)/dθ = 0: the start does not depend on θ
    for _ in range(steps):
        # all three right-hand sides use the previous g, da, db
        g, da, db = (
            g - ALPHA * slope(x, g, theta),
            da - 2 * ALPHA * (-x + 2 * a * g + a * a * da + b),
            db - 2 * ALPHA * (a * a * db + a),
        )
    return g, np.array([da, db])


def loss_and_gradient(xs, ys, theta, n_predict=20, n_grad=10, start=2.0):
    """T(θ) and dT/dθ: predictions use n_predict inner steps, the derivative n_grad."""
    total, grad = 0.0, np.zeros(2)
    for x, y in zip(xs, ys):
        h = descend(x, theta, n_predict, start)[-1]
        _, dh = descend_with_tangents(x, theta, n_grad, start)
        total += (y - h) ** 2
        grad += -2.0 * (y - h) * dh
    return total, grad


def fit(xs, ys, theta0=(2.7, 0.0), beta=0.005, updates=2500, a_min=0.5):
    """Gradient descent on T; returns the last θ and T before every update."""
    theta = np.array(theta0, dtype=float)
    history = []                         # T at every update, really recorded
    for _ in range(updates):
        total, grad = loss_and_gradient(xs, ys, theta)
        history.append(total)
        theta = theta - beta * grad      # both components move from the same θ(k)
        theta[0] = max(theta[0], a_min)  # the clamp a ≥ 0.5
    return theta, history


ys = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
xs = model(ys, TRUE_THETA)
theta, history = fit(xs, ys)
print(theta)

# The inversion figure: a random start, every iterate and its loss kept for plotting.
path = descend(0.0, TRUE_THETA, 20, start=np.random.uniform(-10, 10))
losses = [(0.0 - model(y, TRUE_THETA)) ** 2 for y in path]
