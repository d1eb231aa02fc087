"""Independent numpy check of the digits figures (not part of the site; needs python3 + numpy).

Reads src/public/data/digits.bin (train first, then test), repeats the course's settings
(alpha = 0.005, N = 20, Adam beta = 0.01 for 100 updates from the class means) and prints one JSON
object: test accuracies, the least-squares and logistic-regression baselines, and the median time
of one training update (forward + literal reverse sweep over the 1,347 training images).
Run: python3 tests/support/digits-check.py
"""
import json, struct, sys, time
from pathlib import Path
import numpy as np

raw = (Path(__file__).parent / '../../src/public/data/digits.bin').read_bytes()
count, ntr = struct.unpack('<HH', raw[8:12])
px = np.frombuffer(raw, np.uint8, count * 64, 16).reshape(count, 64) / 16.0
lab = np.frombuffer(raw, np.uint8, count, 16 + count * 64).astype(int)
X, Xt, yl, ylt = px[:ntr], px[ntr:], lab[:ntr], lab[ntr:]
T1 = np.eye(10)[yl]
ALPHA, N, RATE, UPDATES = 0.005, 20, 0.01, 100

def h(D, X):
    G, Y, B = D @ D.T, np.zeros((len(X), 10)), X @ D.T
    for _ in range(N):
        Y = Y - 2 * ALPHA * (Y @ G - B)
    return Y

def acc(D, X=Xt, y=ylt):
    return float((h(D, X).argmax(1) == y).mean())

def objective(D):
    """T and dT/dD: forward through the N steps of every image, reverse back through them."""
    A, B = np.eye(10) - 2 * ALPHA * D @ D.T, 2 * ALPHA * X @ D.T
    Ys = [np.zeros((len(X), 10))]
    for _ in range(N):
        Ys.append(Ys[-1] @ A + B)
    R = T1 - Ys[-1]
    Yb, Gb, S = -2 * R, np.zeros((10, 10)), np.zeros_like(R)
    for n in range(N, 0, -1):
        S += Yb
        Gb -= 2 * ALPHA * Ys[n - 1].T @ Yb
        Yb = Yb @ A
    return float((R * R).sum()), 2 * ALPHA * S.T @ X + (Gb + Gb.T) @ D

first = np.array([X[np.argmax(yl == c)] for c in range(10)])
means = np.array([X[yl == c].mean(0) for c in range(10)])
D, m, v = means.copy(), np.zeros((10, 64)), np.zeros((10, 64))
for t in range(1, UPDATES + 1):
    _, g = objective(D)
    m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
    D = D - RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
X1, Xt1 = np.hstack([X, np.ones((ntr, 1))]), np.hstack([Xt, np.ones((len(Xt), 1))])
W = np.linalg.lstsq(X1, T1, rcond=None)[0]
Wl = np.zeros((65, 10))
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 5000):
    Z = X1 @ Wl
    P = np.exp(Z - Z.max(1, keepdims=True))
    P /= P.sum(1, keepdims=True)
    Wl -= 0.5 * (X1.T @ (P - T1) / ntr + 1e-4 * Wl)
times = []
for _ in range(30):
    t0 = time.perf_counter()
    objective(means)
    times.append(1000 * (time.perf_counter() - t0))
print(json.dumps({
    'oneExample': acc(first), 'classMeans': acc(means),
    'exactInverse': float((np.linalg.solve(means @ means.T, means @ Xt.T).T.argmax(1) == ylt).mean()),
    'trained': acc(D), 'leastSquares': float(((Xt1 @ W).argmax(1) == ylt).mean()),
    'logistic': float(((Xt1 @ Wl).argmax(1) == ylt).mean()), 'updateMs': float(np.median(times)),
}))
