/**
 * The teachers' guide (issue 13): three 45-minute sessions over the 13 lessons, per lesson a goal,
 * a question to ask before revealing, misconceptions and how a widget shows them, and the worked
 * answer of every exercise on the site. Every number comes from the facts the lessons quote
 * (computed by the solver at build time); none is typed here.
 */
import { contraction, linearModel } from '../solver';
import { article as F } from './factsArticle';
import {
  choosing,
  clamp,
  cubicRoots,
  cubicRuns,
  cubicStuck,
  implicitGapTable,
  innerMomentumTable,
  noise,
  truncation,
} from './factsBeyond';
import { formatFixed, formatSig } from '../words/format';
import { DIGITS_EXERCISES, DIGITS_GUIDES, DIGITS_SESSION } from '../../content/lessons/digits.teachers';

const fx = formatFixed;
/** θ = (a, b): the parameters finite differences nudge one at a time. */
const P = linearModel.thetaNames.length;

/** One lesson in a session: minutes spent on it in class, and what to leave out when short. */
export interface SessionPart {
  slug: string;
  minutes: number;
  skip: string;
}

export const SESSIONS: { title: string; parts: SessionPart[] }[] = [
  {
    title: 'Session 1 — prediction is an inversion',
    parts: [
      {
        slug: 'what-is-an-inverse-problem',
        minutes: 10,
        skip: 'the "why going backwards is hard" examples: one is enough',
      },
      { slug: 'prediction-is-an-inversion', minutes: 20, skip: 'the momentum switch; keep the four step sizes' },
      { slug: 'choosing-alpha-and-n', minutes: 15, skip: 'the table of N per accuracy: do the exercise instead' },
    ],
  },
  {
    title: 'Session 2 — training through the inversion',
    parts: [
      { slug: 'training-is-the-inverse-of-predicting', minutes: 20, skip: 'the second dg/db exercise' },
      {
        slug: 'inside-one-theta-update',
        minutes: 10,
        skip: 'the M = 10 versus M = 20 comparison: step into update 0 only',
      },
      { slug: 'the-generative-direction', minutes: 5, skip: 'all of it, as reading at home' },
      { slug: 'why-not-exactly-two', minutes: 10, skip: 'the closed form: show N = 10, 20, 40 in the widget' },
    ],
  },
  {
    title: 'Session 3 — what the article left open',
    parts: [
      { slug: 'the-articles-code-fixed', minutes: 3, skip: 'all of it, as homework with its exercise' },
      { slug: 'the-clamp', minutes: 8, skip: 'the run without the clamp at the article’s start' },
      { slug: 'momentum', minutes: 8, skip: 'the outer-loop table (Adam)' },
      { slug: 'noisy-data', minutes: 8, skip: 'changing the sample count' },
      { slug: 'four-ways-to-the-gradient', minutes: 10, skip: 'the cost list: keep the table of the four gradients' },
      { slug: 'when-the-inverse-is-not-unique', minutes: 8, skip: 'training on the cubic' },
    ],
  },
  DIGITS_SESSION,
];

export interface LessonGuide {
  goal: string;
  ask: string;
  answer: string;
  misconceptions: { belief: string; shows: string }[];
  presets: string;
}

const c = (alpha: number, a: number) => fx(contraction(alpha, a), 2);

export const GUIDE: Record<string, LessonGuide> = {
  'what-is-an-inverse-problem': {
    goal: 'A model maps a cause y to an observation x; predicting means going back from x to y, by descending a loss.',
    ask: 'With x = a·y + b, a = 2, b = −4, which y explains x = 6?',
    answer: `y = (x − b)/a = ${fx(F.yStarSix, 0)}. Twenty steps of descent from y₀ = 8 end at ${fx(F.g20Six, 4)}: close, not exact.`,
    misconceptions: [
      {
        belief: 'Descent lands exactly on the answer.',
        shows: `the readout at the last step: ${fx(F.g20Six, 4)}, not ${fx(F.yStarSix, 0)}.`,
      },
    ],
    presets: 'the first "Try this" (x = 6), stepped to the end.',
  },
  'prediction-is-an-inversion': {
    goal: 'One step g(n+1) = g(n) − α·∂L/∂y, and the factor c = 1 − 2αa² that multiplies the error each step.',
    ask: 'If we raise α from 0.05 to 0.3, do we get there faster?',
    answer: `No: c = ${c(0.3, 2)}, |c| > 1, the iterate flies apart. At α = 0.2, c = ${fx(F.cOscillating, 2)}: it zig-zags in. At α = 0.125, c = ${fx(F.cOneStep, 2)}: one step.`,
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
    answer: `No: a = ${fx(F.learnedA, 5)}, b = ${fx(F.learnedB, 5)}, while T is ${formatSig(F.endT, 2)}: the 20-step inverse is exact at that θ (lesson 8).`,
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
    answer: `dg(10)/db = ${fx(F.dgb10Truth, 4)}; after 20 steps ${fx(F.dgb20Truth, 4)}; the limit is −1/a = −0.5.`,
    misconceptions: [
      {
        belief: 'Differentiating through fewer steps (M < N) changes the result a lot.',
        shows: `set M = 10, then M = 20: ∂T/∂θ at update 0 changes by only ${formatSig(F.gradRelDiff * 100, 2)} %.`,
      },
    ],
    presets: '"Step into update 0" and the inner step buttons.',
  },
  'the-generative-direction': {
    goal: 'A trained model runs forwards in one evaluation: pick y, get x = f(y).',
    ask: 'With the true model, which x does y = 2.5 generate?',
    answer: `x = 2·2.5 − 4 = ${fx(F.truthAtTwoHalf, 0)}: no descent needed.`,
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
    answer: `g(3) = ${fx(F.g3FromZero, 3)} = 2 + c³·(0 − 2) with c = ${fx(F.c, 1)}.`,
    misconceptions: [
      { belief: 'Printed code runs as printed.', shows: 'the table of slips next to the corrected code.' },
    ],
    presets: 'none: the code and the exercise.',
  },
  'choosing-alpha-and-n': {
    goal: 'c = 1 − 2αa² decides whether the inversion slides in, zig-zags or diverges, and how many steps an accuracy costs.',
    ask: 'At α = 0.1, how many steps reach an error of 10⁻⁶ from y₀ = 8?',
    answer: `c = ${c(0.1, 2)}; N = ${choosing.exerciseSteps}.`,
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
    answer: `Further: a = ${fx(truncation.n10.a, 5)} with N = 10, ${fx(truncation.article.a, 5)} with N = 20.`,
    misconceptions: [
      { belief: 'A ≈ 1.99993 is a rounding error.', shows: 'change N in the widget: the learned a moves with N.' },
    ],
    presets: 'N = 10, 20, 40, then N = 5.',
  },
  'the-clamp': {
    goal: 'Why the article keeps a ≥ 0.5, and what the wall does to θ’s path.',
    ask: 'At a = 0.5 and α = 0.05, how much of the error does one inner step remove?',
    answer: `c = ${fx(clamp.cSmall, 3)}: ${fx(100 * (1 - clamp.cSmall), 1)} % per step, so ${clamp.stepsSmall} steps reach 10⁻⁶ from y₀ = 0.`,
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
    answer: `Yes: ${innerMomentumTable[4]?.flat} instead of ${innerMomentumTable[0]?.flat}.`,
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
    answer: `No: it levels off at ${fx(noise.first.bestT, 3)} (seed 1, 5 samples), the least-squares floor.`,
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
    answer: `No: forward gives ${fx(implicitGapTable[0]!.forward, 4)}, implicit ${fx(implicitGapTable[0]!.implicit, 4)}; they agree once the loop has converged.`,
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
    answer: `From 2: ${fx(cubicRuns[2]!.end, 3)}, the largest root. From 1 it stays at ${fx(cubicStuck, 3)}: the slope there is 0.`,
    misconceptions: [
      { belief: 'An inverse is unique.', shows: 'the three start buttons end at three different roots.' },
    ],
    presets: 'the three starts y₀ = −2, 0.5, 2.',
  },
  ...DIGITS_GUIDES,
};

/** Every exercise on the site, with its worked answer (ids as in the lessons). */
export const EXERCISES: {
  id: string;
  slug: string;
  question: string;
  answer: number;
  decimals: number;
  working: string;
}[] = [
  {
    id: 'ex-inverse-six',
    slug: 'what-is-an-inverse-problem',
    question: 'Which y explains x = 6 (a = 2, b = −4)?',
    answer: F.yStarSix,
    decimals: 2,
    working: `(6 + 4)/2 = ${fx(F.yStarSix, 2)}.`,
  },
  {
    id: 'ex-g2',
    slug: 'prediction-is-an-inversion',
    question: 'g(2) from g(1) = 0.8',
    answer: F.g2FromZero,
    decimals: 2,
    working: `f(0.8) = −2.4, slope −9.6, step +0.48: ${fx(F.g2FromZero, 2)}.`,
  },
  {
    id: 'ex-c',
    slug: 'prediction-is-an-inversion',
    question: 'c at a = 2, α = 0.2',
    answer: F.cOscillating,
    decimals: 2,
    working: `1 − 2·0.2·4 = ${fx(F.cOscillating, 2)}: the error changes sign every step and shrinks.`,
  },
  {
    id: 'ex-dgb1',
    slug: 'training-is-the-inverse-of-predicting',
    question: 'dg(1)/db at a = 2.7, α = 0.05',
    answer: F.dgb1,
    decimals: 2,
    working: `0 − 0.1·(7.29·0 + 2.7) = ${fx(F.dgb1, 2)}.`,
  },
  {
    id: 'ex-dgb2',
    slug: 'training-is-the-inverse-of-predicting',
    question: 'dg(2)/db',
    answer: F.dgb2,
    decimals: 4,
    working: `${fx(F.dgb1, 2)} − 0.1·(7.29·(${fx(F.dgb1, 2)}) + 2.7) = ${fx(F.dgb2, 4)}.`,
  },
  {
    id: 'ex-dgb10',
    slug: 'inside-one-theta-update',
    question: 'dg(10)/db at θ = (2, −4)',
    answer: F.dgb10Truth,
    decimals: 4,
    working: `−(1 − 0.6¹⁰)/2 = ${fx(F.dgb10Truth, 4)}.`,
  },
  {
    id: 'ex-generate',
    slug: 'the-generative-direction',
    question: 'x generated by y = 2.5',
    answer: F.truthAtTwoHalf,
    decimals: 2,
    working: `2·2.5 − 4 = ${fx(F.truthAtTwoHalf, 2)}.`,
  },
  {
    id: 'ex-descend',
    slug: 'the-articles-code-fixed',
    question: 'g(3) from y₀ = 0',
    answer: F.g3FromZero,
    decimals: 3,
    working: `2 + 0.6³·(0 − 2) = ${fx(F.g3FromZero, 3)}.`,
  },
  {
    id: 'ex-steps-alpha',
    slug: 'choosing-alpha-and-n',
    question: 'Steps to 10⁻⁶ at α = 0.1',
    answer: choosing.exerciseSteps,
    decimals: 0,
    working: `c = ${c(0.1, 2)}; the smallest N with c^N·6 ≤ 10⁻⁶ is ${choosing.exerciseSteps}.`,
  },
  {
    id: 'ex-trunc-a',
    slug: 'why-not-exactly-two',
    question: 'Learned a with N = 10',
    answer: truncation.n10.a,
    decimals: 5,
    working: `iterate a ← 2(1 − (1 − 0.1a²)¹⁰) from 2: ${fx(truncation.n10.a, 5)}.`,
  },
  {
    id: 'ex-clamp-c',
    slug: 'the-clamp',
    question: 'c at a = 0.5, α = 0.05',
    answer: clamp.cSmall,
    decimals: 3,
    working: `1 − 2·0.05·0.25 = ${fx(clamp.cSmall, 3)}.`,
  },
  {
    id: 'ex-momentum-flat',
    slug: 'momentum',
    question: 'Plain steps to 10⁻⁶ at a = 0.5 from y₀ = 0',
    answer: innerMomentumTable[0]!.flat,
    decimals: 0,
    working: `c = ${fx(clamp.cSmall, 3)}; N ≥ ln(8·10⁶)/ln(1/c): ${innerMomentumTable[0]!.flat}.`,
  },
  {
    id: 'ex-noise-T',
    slug: 'noisy-data',
    question: 'Floor of T, σ = 0.5, seed 1, 5 samples',
    answer: noise.first.bestT,
    decimals: 3,
    working: `the least-squares floor: ${fx(noise.first.bestT, 3)}.`,
  },
  {
    id: 'ex-fd-runs',
    slug: 'four-ways-to-the-gradient',
    question: 'Extra inner loops for finite differences, θ = (a, b)',
    answer: 2 * P,
    decimals: 0,
    working: `one at +ε and one at −ε per parameter: 2·${P} = ${2 * P}.`,
  },
  {
    id: 'ex-implicit-gap',
    slug: 'four-ways-to-the-gradient',
    question: 'Forward ∂T/∂a at θ = (2.7, 0), M = 1',
    answer: implicitGapTable[0]!.forward,
    decimals: 1,
    working: `the four-ways table at update 0: ${fx(implicitGapTable[0]!.forward, 4)} (implicit: ${fx(implicitGapTable[0]!.implicit, 4)}).`,
  },
  {
    id: 'ex-cubic-root',
    slug: 'when-the-inverse-is-not-unique',
    question: 'Root found from y₀ = 2 for y³ − 3y = 1',
    answer: cubicRoots[2] as number,
    decimals: 3,
    working: `the largest root: the run ends at ${fx(cubicRuns[2]!.end, 4)}.`,
  },
  ...DIGITS_EXERCISES,
];
