/**
 * The teachers' guide for lessons 16–18 of the part "The research behind the toy" (issue 18): the
 * parts of the fifth session, goal, question, misconceptions and presets of each lesson, and the
 * worked answers of their exercises. Every number comes from the lessons' facts files.
 */
import { facts as horizonFacts, ARTICLE_A0, SMALL_A0 } from '../../content/lessons/short-horizon-bias.facts.ts';
import { facts as explodeFacts, HOT } from '../../content/lessons/when-unrolled-gradients-explode.facts.ts';
import type { LessonGuide, SessionPart } from './teacherSessions.ts';
import { formatFixed as fx, formatSig as sig } from '../words/format.ts';

/** The three lessons' parts of the session on the research behind the toy (18 minutes). */
export const RESEARCH_A_PARTS: SessionPart[] = [
  { slug: 'the-research-behind-the-toy', minutes: 2, skip: 'all of it, as reading at home' },
  { slug: 'short-horizon-bias', minutes: 8, skip: 'the table of every fit: step the diagram instead' },
  { slug: 'when-unrolled-gradients-explode', minutes: 8, skip: 'the rough losses of the tanh model' },
];

/** The tangent row of the exploding cell at N. */
const tangentAt = (N: number) => explodeFacts().growth.find((r) => r.N === N)!.tangent;

/** Goal, question, misconceptions and presets of each lesson. */
export function researchAGuide(): Record<string, LessonGuide> {
  const H = horizonFacts();
  const E = explodeFacts();
  const n20 = H.n20.root === null ? null : H.n20roots[H.n20.root]!;
  return {
    'the-research-behind-the-toy': {
      goal: 'The course’s two loops are the setting of a research field: differentiating through an optimiser. The part reproduces four results on the toy and says where the toy stops.',
      ask: 'In the toy, what plays the training run, and what plays the learning rate tuned through it?',
      answer:
        'The inner descent in y is the run; θ = (a, b) is tuned by differentiating through it, as a learning rate is tuned through a training run.',
      misconceptions: [
        {
          belief: 'The toy reproduces the papers’ settings.',
          shows: `the roots diagram of the next lesson: the quantity learned is the slope a, not a learning rate, and at N = 10 training from a₀ = ${SMALL_A0} learns a = ${fx(H.n10.fromSmall.a, 4)}, a bias of the same kind, not the paper’s mechanism.`,
        },
      ],
      presets: 'none: the lesson is reading; its table of what the toy can and cannot show.',
    },
    'short-horizon-bias': {
      goal: 'Training through a short inner loop can settle on an exact fit of its own, with a creeping inner loop, exact for that horizon only.',
      ask: `Train from a₀ = ${SMALL_A0} through N = 10 inner steps: does a reach 2?`,
      answer: `No: it learns a = ${fx(H.n10.fromSmall.a, 4)} with T = ${sig(H.n10.fromSmall.T, 2)}, the small fit (c = ${fx(H.n10.small.c, 3)}); from a₀ = ${ARTICLE_A0} it learns a = ${fx(H.n10.fromArticle.a, 4)}.`,
      misconceptions: [
        {
          belief: 'T = 0 means the model is right.',
          shows: `the small fit of N = 10 has T = 0 too; run with 20 inner steps its T is ${sig(H.small10At20, 3)}, against ${sig(H.big10At20, 2)} for the fit near 2.`,
        },
        {
          belief: 'A longer horizon only sharpens the same answer.',
          shows: `step the diagram from N = 10 to N = 20: training from a₀ = ${SMALL_A0} leaves the small fit for ${n20 ? `the fit near 2, a = ${fx(n20.a, 4)}` : 'no exact fit'}.`,
        },
      ],
      presets: 'the roots diagram at N = 10, then N = 15 and N = 20 with the arrow keys after the prediction.',
    },
    'when-unrolled-gradients-explode': {
      goal: 'Through a diverging inner loop (|c| > 1) the unrolled derivative grows like N·|c|\u2060ᴺ; through a nonlinear model a long unroll makes the loss rough.',
      ask: `At α = ${HOT.alpha}, a = ${HOT.a} (c = ${fx(E.c, 1)}), by what factor does |dg(N)/da| grow from N = 10 to N = 20?`,
      answer: `${fx(E.ratio20over10, 1)}: |c|¹⁰ = ${fx(E.cPow10, 1)} times 2 for N. At the article’s c = ${fx(E.article.c, 1)} the tangent settles at dy*/da = ${fx(E.article.limit, 0)} instead.`,
      misconceptions: [
        {
          belief: 'A huge gradient is a bug in the derivative.',
          shows: `the growth table: dg(20)/da = ${sig(tangentAt(20), 4)} is the true derivative; divided by N·|c|\u2060ᴺ it settles at the closed form’s ${fx(E.limit, 3)}.`,
        },
        {
          belief: 'Only a diverging inner loop makes unrolled gradients useless.',
          shows: `the tanh model’s loss over a: ${E.rough[0]!.extrema} local extrema at N = ${E.rough[0]!.N}, ${E.rough[2]!.extrema} at N = ${E.rough[2]!.N}.`,
        },
      ],
      presets: `the map at N = 20 (${E.map20.diverging} of ${E.map20.cells} cells diverge), then a cell above the dashed curve, loaded into the inversion below.`,
    },
  };
}

/** The lessons' exercises with their worked answers (ids and answers as in the lessons). */
export function researchAExercises() {
  const H = horizonFacts();
  const small8 = H.table.find((row) => row.N === 8)!.roots[0]!;
  const log20 = Math.log10(Math.abs(tangentAt(20)));
  // The lesson's own exercise: N·|c|ᴺ from N = 20 to 30 at c = −1.4 (its answer is written so there).
  const growth = (30 / 20) * 1.4 ** 10;
  return [
    {
      id: 'ex-horizon-c',
      slug: 'short-horizon-bias',
      question: 'c of the small fit at N = 8, α = 0.05',
      answer: small8.c,
      decimals: 3,
      working: `a = ${fx(small8.a, 6)}, a² = ${fx(small8.a ** 2, 4)}, c = 1 − 0.1·a² = ${fx(small8.c, 3)}.`,
    },
    {
      id: 'ex-horizon-count',
      slug: 'short-horizon-bias',
      question: 'Exact fits of the 7-step inverse with 0 < a < 6',
      answer: H.count7,
      decimals: 0,
      working: `${H.count7}: the small fit, the fit near 2 and, 7 being odd, one with c < −1 near 4.5.`,
    },
    {
      id: 'ex-explode-log',
      slug: 'when-unrolled-gradients-explode',
      question: 'log₁₀|dg(20)/da| at α = 0.3, a = 2',
      answer: log20,
      decimals: 2,
      working: `|dg(20)/da| = ${sig(Math.abs(tangentAt(20)), 4)}, whose logarithm is ${fx(log20, 2)}.`,
    },
    {
      id: 'ex-explode-growth',
      slug: 'when-unrolled-gradients-explode',
      question: 'Growth of N·|c|\u2060ᴺ from N = 20 to 30 at c = −1.4',
      answer: growth,
      decimals: 1,
      working: `30/20 = 1.5 times 1.4¹⁰ = ${fx(1.4 ** 10, 2)}: ${fx(growth, 1)}.`,
    },
  ];
}
