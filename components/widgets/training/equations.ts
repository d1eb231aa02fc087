import { slotted } from '../tex/tex';

/** The θ update of the outer loop with the numbers of update k. */
export const thetaUpdate = slotted(String.raw`
\begin{aligned}
a(\slot{k1}) &= a(\slot{k}) - \beta\,\tfrac{\partial T}{\partial a} = \slot{a} - \slot{beta}\cdot\slot{ga} = \slot{anext} \\
b(\slot{k1}) &= b(\slot{k}) - \beta\,\tfrac{\partial T}{\partial b} = \slot{b} - \slot{beta}\cdot\slot{gb} = \slot{bnext}
\end{aligned}`);

/** The article's forward recursion for the linear model, term by term, with the numbers of inner step n. */
export const linearRecursion = slotted(String.raw`
\begin{aligned}
\tfrac{dg}{da}(\slot{n1}) &= \tfrac{dg}{da}(\slot{n}) - 2\alpha\big(-x + 2a\,g(n) + a^2\tfrac{dg}{da}(n) + b\big) \\
 &= \slot{dga} - 2\cdot\slot{alpha}\big(-\slot{x} + 2\cdot\slot{a}\cdot\slot{g} + \slot{a}^2\cdot\slot{dga} + \slot{b}\big) = \slot{dganext} \\
\tfrac{dg}{db}(\slot{n1}) &= \tfrac{dg}{db}(\slot{n}) - 2\alpha\big(a^2\tfrac{dg}{db}(n) + a\big)
 = \slot{dgb} - 2\cdot\slot{alpha}\big(\slot{a}^2\cdot\slot{dgb} + \slot{a}\big) = \slot{dgbnext}
\end{aligned}`);
