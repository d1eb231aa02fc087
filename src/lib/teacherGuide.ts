/**
 * The teachers' guide (issue 13): per lesson a goal,
 * a question to ask before revealing, misconceptions and how a widget shows them, and the worked
 * answer of every exercise on the site. Every number comes from the facts the lessons quote
 * (computed by the solver at build time); none is typed here.
 */
import { contraction, linearModel } from '../solver/index.ts';
import { facts as L1 } from '../../content/lessons/what-is-an-inverse-problem.facts.ts';
import { facts as L2 } from '../../content/lessons/prediction-is-an-inversion.facts.ts';
import { facts as L3 } from '../../content/lessons/training-is-the-inverse-of-predicting.facts.ts';
import { facts as L4 } from '../../content/lessons/inside-one-theta-update.facts.ts';
import { facts as L5 } from '../../content/lessons/the-generative-direction.facts.ts';
import { facts as L6 } from '../../content/lessons/the-articles-code-fixed.facts.ts';
import { facts as L7 } from '../../content/lessons/choosing-alpha-and-n.facts.ts';
import { facts as L8 } from '../../content/lessons/why-not-exactly-two.facts.ts';
import { facts as L9 } from '../../content/lessons/the-clamp.facts.ts';
import { facts as L10 } from '../../content/lessons/momentum.facts.ts';
import { facts as L11 } from '../../content/lessons/noisy-data.facts.ts';
import { facts as L12 } from '../../content/lessons/four-ways-to-the-gradient.facts.ts';
import { facts as L13 } from '../../content/lessons/when-the-inverse-is-not-unique.facts.ts';
import { formatFixed, formatSig } from '../words/format.ts';
import type { LessonGuide } from './teacherSessions.ts';

/** θ = (a, b): the parameters finite differences nudge one at a time. */
export const P = linearModel.thetaNames.length;

/** The contraction c = 1 − 2αa², printed with 2 decimals. */
export const c = (alpha: number, a: number) => formatFixed(contraction(alpha, a), 2);

export const GUIDE: Record<string, LessonGuide> = {
  'what-is-an-inverse-problem': {
    goal: 'A model maps a cause y to an observation x; predicting means going back from x to y, by descending a loss.',
    ask: 'With x = a·y + b, a = 2, b = −4, which y explains x = 6?',
    answer: `y = (x − b)/a = ${formatFixed(L1.yStarSix, 0)}. Twenty steps of descent from y₀ = 8 end at ${formatFixed(L1.g20Six, 4)}: close, not exact.`,
    misconceptions: [
      {
        belief: 'Descent lands exactly on the answer.',
        shows: `the readout at the last step: ${formatFixed(L1.g20Six, 4)}, not ${formatFixed(L1.yStarSix, 0)}.`,
      },
    ],
    presets: 'the first "Try this" (x = 6), stepped to the end.',
  },
  'prediction-is-an-inversion': {
    goal: 'One step g(n+1) = g(n) − α·∂L/∂y, and the factor c = 1 − 2αa² that multiplies the error each step.',
    ask: 'If we raise α from 0.05 to 0.3, do we get there faster?',
    answer: `No: c = ${c(0.3, 2)}, |c| > 1, the iterate flies apart. At α = 0.2, c = ${formatFixed(L2.cOscillating, 2)}: it zig-zags in. At α = 0.125, c = ${formatFixed(L2.cOneStep, 2)}: one step.`,
    misconceptions: [
      {
        belief: 'A larger step is always faster.',
        shows: 'the badge turns "oscillating" at α = 0.2 and "diverging" at α = 0.3.',
      },
      {
        belief: 'The slope points to the answer.',
        shows: 'the tangent and the arrow: the step is α times the slope, not a jump to y*.',
      },
    ],
    presets: 'the four step-size buttons in order: α = 0.05, 0.125, 0.2, 0.3; ask for the badge before each press.',
  },
  'training-is-the-inverse-of-predicting': {
    goal: 'Training θ by gradient descent on T, carrying dg/dθ through every inner step (the unrolled loop).',
    ask: 'After 2500 updates on the article’s data, does a reach 2?',
    answer: `No: a = ${formatFixed(L3.learnedA, 5)}, b = ${formatFixed(L3.learnedB, 5)}, while T is ${formatSig(L3.endT, 2)}: the 20-step inverse is exact at that θ (lesson 8).`,
    misconceptions: [
      {
        belief: 'Training sees the causes y.',
        shows: 'the data panel: only the five x values; each y comes from the inner descent.',
      },
      {
        belief: 'T falling to 0 means θ is the truth.',
        shows: 'the loss panel reaches tiny T while the readout’s a stays below 2.',
      },
    ],
    presets:
      'the article’s run in presenter mode: the clicker stops at updates 0, 1, 10, 100, where T crosses each decade, and the end.',
  },
  'inside-one-theta-update': {
    goal: 'One update from the inside: each sample’s inner descent with dg/da and dg/db carried along, summed into ∂T/∂θ.',
    ask: 'At θ = (2, −4), what is dg(10)/db, and where does it go as n grows?',
    answer: `dg(10)/db = ${formatFixed(L4.dgb10Truth, 4)}; after 20 steps ${formatFixed(L4.dgb20Truth, 4)}; the limit is −1/a = −0.5.`,
    misconceptions: [
      {
        belief: 'Differentiating through fewer steps (M < N) changes the result a lot.',
        shows: `set M = 10, then M = 20: ∂T/∂θ at update 0 changes by only ${formatSig(L4.gradRelDiff * 100, 2)} %.`,
      },
    ],
    presets: '"Step into update 0" and the inner step buttons.',
  },
  'the-generative-direction': {
    goal: 'A trained model runs forwards in one evaluation: pick y, get x = f(y).',
    ask: 'With the true model, which x does y = 2.5 generate?',
    answer: `x = 2·2.5 − 4 = ${formatFixed(L5.truthAtTwoHalf, 0)}: no descent needed.`,
    misconceptions: [
      {
        belief: 'Generating needs a descent too.',
        shows: 'the latent explorer: moving y moves x at once, at every update.',
      },
    ],
    presets: 'the latent explorer at update 0 and at the end.',
  },
  'the-articles-code-fixed': {
    goal: 'Read the article’s printed Python, what was wrong with it, and a corrected version beside the site’s solver.',
    ask: 'What is g(3) from y₀ = 0 with α = 0.05?',
    answer: `g(3) = ${formatFixed(L6.g3FromZero, 3)} = 2 + c³·(0 − 2) with c = ${formatFixed(L2.c, 1)}.`,
    misconceptions: [
      { belief: 'Printed code runs as printed.', shows: 'the table of slips next to the corrected code.' },
    ],
    presets: 'none: the code and the exercise.',
  },
  'choosing-alpha-and-n': {
    goal: 'c = 1 − 2αa² decides whether the inversion slides in, zig-zags or diverges, and how many steps an accuracy costs.',
    ask: 'At α = 0.1, how many steps reach an error of 10⁻⁶ from y₀ = 8?',
    answer: `c = ${c(0.1, 2)}; N = ${L7.exerciseSteps}.`,
    misconceptions: [
      {
        belief: 'More steps always help.',
        shows: 'α = 0.3: every extra step makes the error larger (the badge says diverging).',
      },
    ],
    presets: 'the regime buttons, stepped with ←/→.',
  },
  'why-not-exactly-two': {
    goal: 'Training learns the θ that makes the N-step inverse exact on the data, not the true θ.',
    ask: 'With N = 10 instead of 20, does a land closer to 2 or further away?',
    answer: `Further: a = ${formatFixed(L8.n10.a, 5)} with N = 10, ${formatFixed(L8.article.a, 5)} with N = 20.`,
    misconceptions: [
      { belief: 'A ≈ 1.99993 is a rounding error.', shows: 'change N in the widget: the learned a moves with N.' },
    ],
    presets: 'N = 10, 20, 40, then N = 5.',
  },
  'the-clamp': {
    goal: 'Why the article keeps a ≥ 0.5, and what the wall does to θ’s path.',
    ask: 'At a = 0.5 and α = 0.05, how much of the error does one inner step remove?',
    answer: `c = ${formatFixed(L9.cSmall, 3)}: ${formatFixed(100 * (1 - L9.cSmall), 1)} % per step, so ${L9.stepsSmall} steps reach 10⁻⁶ from y₀ = 0.`,
    misconceptions: [
      {
        belief: 'The clamp is about keeping a positive.',
        shows: 'start at a₀ = 0.3 with and without it: the inner inversion barely moves at small a.',
      },
    ],
    presets: 'a₀ = 0.3 with the clamp, then without.',
  },
  momentum: {
    goal: 'Momentum in the inner loop (heavy ball, Nesterov) and in the outer loop (momentum, Adam), measured.',
    ask: 'At a = 0.5, does Nesterov momentum μ = 0.9 need fewer inner steps than plain descent?',
    answer: `Yes: ${L10.innerTable[4]?.flat} instead of ${L10.innerTable[0]?.flat}.`,
    misconceptions: [
      {
        belief: 'Momentum always speeds things up.',
        shows: 'the outer-loop table: momentum with the article’s β does not train faster.',
      },
    ],
    presets: 'the inner momentum switch at a = 0.5.',
  },
  'noisy-data': {
    goal: 'With noisy data T cannot reach 0; training finds the least-squares line, which moves with the noise.',
    ask: 'With σ = 0.5, can T reach 0?',
    answer: `No: it levels off at ${formatFixed(L11.first.bestT, 3)} (seed 1, 5 samples), the least-squares floor.`,
    misconceptions: [
      {
        belief: 'A floor in T means training is stuck.',
        shows: 'the loss panel flattens while θ has settled: no line fits noisy points exactly.',
      },
    ],
    presets: '"σ = 0.5, seed 1", then another seed.',
  },
  'four-ways-to-the-gradient': {
    goal: 'Forward recursion, back-propagation, implicit differentiation and finite differences: same or different numbers, and their costs.',
    ask: 'With M = 1, do the forward recursion and the implicit formula agree?',
    answer: `No: forward gives ${formatFixed(L12.implicitGapTable[0]!.forward, 4)}, implicit ${formatFixed(L12.implicitGapTable[0]!.implicit, 4)}; they agree once the loop has converged.`,
    misconceptions: [
      {
        belief: 'All gradient methods give the same number.',
        shows: 'the four-ways table at update 0 with M = 1, then M = 20.',
      },
    ],
    presets: 'M = 1, then M = 20, with the four-ways table open.',
  },
  'when-the-inverse-is-not-unique': {
    goal: 'A nonlinear model can have several inverses or none; the start decides which one descent finds.',
    ask: 'For y³ − 3y = 1, which root does descent find from y₀ = 2, and from y₀ = 1?',
    answer: `From 2: ${formatFixed(L13.cubicRuns[2]!.end, 3)}, the largest root. From 1 it stays at ${formatFixed(L13.cubicStuck, 3)}: the slope there is 0.`,
    misconceptions: [
      { belief: 'An inverse is unique.', shows: 'the three start buttons end at three different roots.' },
    ],
    presets: 'the three starts y₀ = −2, 0.5, 2.',
  },
};
