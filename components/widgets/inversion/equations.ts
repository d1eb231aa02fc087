/**
 * The inversion's equations as KaTeX source, typeset at build time by the shell. `\slot{name}`
 * marks a number the widget fills in at every step (see `tex.ts`).
 */
import { slotted } from '../tex/tex';

/**
 * g(n+1) = g(n) − α ∂L/∂y with the numbers of step n, and the loss at g(m). m = n, except on
 * the last step, where the update shown is the one that produced it (n = m − 1).
 */
export const plainUpdate = slotted(String.raw`
\begin{aligned}
g(\slot{n1}) &= g(\slot{n}) - \alpha\,\tfrac{\partial L}{\partial y}\big(g(\slot{n})\big)
 = \slot{y} - \slot{alpha}\cdot\slot{grad} = \slot{next} \\
L\big(x, g(\slot{m})\big) &= \big(x - f_\theta(g(\slot{m}))\big)^2 = \big(\slot{x} - \slot{f}\big)^2 = \slot{loss}
\end{aligned}`);

/** The momentum update: the step keeps a share μ of the previous one. */
export const momentumUpdate = slotted(String.raw`
\begin{aligned}
g(\slot{n1}) &= g(\slot{n}) + \mu\,\big(g(\slot{n}) - g(n{-}1)\big) - \alpha\,\nabla \\
 &= \slot{y} + \slot{mu}\cdot\big(\slot{y} - \slot{yprev}\big) - \slot{alpha}\cdot\slot{grad} = \slot{next}
\end{aligned}`);
