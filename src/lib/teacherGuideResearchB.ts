/**
 * The teachers' guide for lessons 19–21 of the part "The research behind the toy" (issue 18), in
 * the shapes of teacherGuide.ts (SessionPart, LessonGuide, EXERCISES rows), ready to join a fourth
 * session with lessons 16–18. Every number comes from the lessons' facts files.
 */
import { implicitFacts } from '../../content/lessons/the-implicit-limit.facts';
import { rewindFacts } from '../../content/lessons/rewinding-the-optimiser.facts';
import { tapeFacts } from '../../content/lessons/the-nested-loop-tape.facts';
import type { LessonGuide, SessionPart } from './teacherSessions';
import { formatFixed as fx } from '../words/format';

/** The three lessons' parts of the session on the research behind the toy (27 minutes). */
export const RESEARCH_B_PARTS: SessionPart[] = [
  { slug: 'the-implicit-limit', minutes: 10, skip: 'the start away from the solution' },
  { slug: 'rewinding-the-optimiser', minutes: 9, skip: 'momentum: say that it loses fewer bits a step and move on' },
  { slug: 'the-nested-loop-tape', minutes: 8, skip: 'the second exercise' },
];

/** The article's M = 10 differentiated steps, which the lesson's exercise on positions uses. */
const ARTICLE_M = 10;

/** Goal, question, misconceptions and presets of each lesson. */
export function researchBGuide(): Record<string, LessonGuide> {
  const I = implicitFacts();
  const R = rewindFacts();
  const T = tapeFacts();
  return {
    'the-implicit-limit': {
      goal: 'N unrolled steps started at the solution give exactly (1 − cᴺ) of the implicit derivative: a truncated Neumann series.',
      ask: `With c = ${fx(I.c, 1)}, what share of the implicit derivative do 5 unrolled steps recover?`,
      answer: `1 − c⁵ = ${fx(I.table[1]!.factor, 3)}.`,
      misconceptions: [
        {
          belief: 'A truncated unroll can overshoot the implicit derivative only if the loop diverges.',
          shows: `α = 0.2 (c = ${fx(I.oscillating.c, 1)}): at N = 1 the share is ${fx(I.oscillating.first, 1)}.`,
        },
      ],
      presets: 'the widget at N = 10, then the "c = −0.6, one step" button after the prediction.',
    },
    'rewinding-the-optimiser': {
      goal: 'Reverse mode needs the iterates backwards; running a contracting optimiser backwards loses log₂(1/c) bits a step.',
      ask: 'After how many steps back is the start of the article’s inversion lost?',
      answer: `N = ${R.lostAfter} (measured ${fx(R.bits, 3)} bits a step against log₂(1/0.6) = ${fx(R.bitsTheory, 3)}).`,
      misconceptions: [
        {
          belief: 'Gradient descent can always be undone exactly because each step is invertible.',
          shows: `the widget at its last step back: the rebuilt start misses by more than the run travelled.`,
        },
      ],
      presets: 'the widget at 30 steps back, then "rewind all 100 steps".',
    },
    'the-nested-loop-tape': {
      goal: 'Training through the inversion is two loops; reverse mode fills a tape per update and empties it, forward mode keeps a constant size.',
      ask: `With 5 samples and N = 20, how many values does the tape hold at most?`,
      answer: `${T.maxMemory}, at the end of each forward pass; forward mode keeps ${T.forwardMemory}.`,
      misconceptions: [
        {
          belief: 'Reverse mode and forward mode give different gradients.',
          shows: `the last cell of a row: both give ∂T/∂θ = (${fx(T.grad0[0], 4)}, ${fx(T.grad0[1], 4)}) at θ(0).`,
        },
      ],
      presets: 'the widget at position 0; ↓ to move between updates.',
    },
  };
}

/** The lessons' exercises with their worked answers (ids as in the lessons). */
export function researchBExercises() {
  const I = implicitFacts();
  const R = rewindFacts();
  const T = tapeFacts();
  return [
    {
      id: 'ex-share-3',
      slug: 'the-implicit-limit',
      question: 'Share recovered by N = 3 at c = 0.6',
      answer: 1 - I.c ** 3,
      decimals: 3,
      working: `1 − 0.6³ = ${fx(1 - I.c ** 3, 3)}.`,
    },
    {
      id: 'ex-digits',
      slug: 'the-implicit-limit',
      question: 'Steps for 10⁻⁶ relative accuracy at c = 0.6',
      answer: I.sixDigits,
      decimals: 0,
      working: `0.6ᴺ < 10⁻⁶ from N = ${I.sixDigits}.`,
    },
    {
      id: 'ex-bits-08',
      slug: 'rewinding-the-optimiser',
      question: 'Bits lost a step at c = 0.8',
      answer: Math.log2(1 / R.gentle.c),
      decimals: 2,
      working: `log₂(1/0.8) = ${fx(Math.log2(1 / R.gentle.c), 3)}; measured ${fx(R.gentle.bits, 3)}.`,
    },
    {
      id: 'ex-memory',
      slug: 'rewinding-the-optimiser',
      question: 'Values reverse mode keeps for N = 20',
      answer: R.memory.reverse20,
      decimals: 0,
      working: `g(0 … 20): ${R.memory.reverse20}.`,
    },
    {
      id: 'ex-positions',
      slug: 'the-nested-loop-tape',
      question: 'Positions in one row with M = 10',
      answer: 2 * ARTICLE_M + 2,
      decimals: 0,
      working: `${ARTICLE_M + 1} forward and ${ARTICLE_M + 1} backward: 2M + 2 = ${2 * ARTICLE_M + 2}.`,
    },
    {
      id: 'ex-forward-memory',
      slug: 'the-nested-loop-tape',
      question: 'Values forward mode keeps in one update',
      answer: T.forwardMemory,
      decimals: 0,
      working: `5 samples × (g and two tangents) = ${T.forwardMemory}.`,
    },
  ];
}
