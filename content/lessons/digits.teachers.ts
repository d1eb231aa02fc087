/**
 * The teachers' guide for the two real-data lessons (14 and 15): their session, per lesson a
 * goal, a question, misconceptions, and the worked answers of their exercises. Every number comes
 * from the lessons' facts modules (computed by the solver at build time).
 */
import { formatFixed as fx } from '../../src/words/format';
import { classifyFacts } from './classifying-digits-by-inversion.facts';
import { trainingFacts } from './training-the-dictionary.facts';
import { pct } from './digits.data';

const C = classifyFacts();
const T = trainingFacts();

export const DIGITS_SESSION = {
  title: 'Session 4 — real data: handwritten digits',
  parts: [
    { slug: 'classifying-digits-by-inversion', minutes: 20, skip: 'the eigenvalue table: keep λ_max and the stable α' },
    { slug: 'training-the-dictionary', minutes: 20, skip: 'the fast path: state that it gives the same gradient' },
  ],
};

export const DIGITS_GUIDES = {
  'classifying-digits-by-inversion': {
    goal: 'Classification as inversion: the weights that rebuild an image from ten class images name its digit.',
    ask: `Class means classify ${pct(C.means.atN)} % right after ${C.steps} steps. Will the exact inverse do better?`,
    answer: `No: ${pct(C.means.exact)} %. The small eigenvalues of DDᵀ amplify noise; stopping early regularises.`,
    misconceptions: [
      { belief: 'The weights are probabilities.', shows: 'the readout’s sum of the weights, and the negative bars.' },
      { belief: 'More inner steps are always better.', shows: 'the table of accuracy against N.' },
    ],
    presets: 'test image 1 at N = 0, 1, 20; then D = one example per class.',
  },
  'training-the-dictionary': {
    goal: 'Training the 640 entries of D by back-propagation through the unrolled inversion.',
    ask: 'Can the trained inversion beat the least-squares linear classifier?',
    answer: `Not on T: h_D(x) = M_N x is linear, so T ≥ ${fx(T.leastSquares.T, 1)}; its test accuracy, ${pct(T.testAcc)} %, lands next to it.`,
    misconceptions: [
      {
        belief: 'The trained rows are better pictures of digits.',
        shows: 'the rows at the last update, with negative pixels.',
      },
    ],
    presets: 'step from update 0 to the end; open the confusion matrix.',
  },
};

export const DIGITS_EXERCISES = [
  {
    id: 'ex-digits-factor',
    slug: 'classifying-digits-by-inversion',
    question: 'c = 1 − 2αλ_max for the class means',
    answer: C.exerciseFactor,
    decimals: 3,
    working: `1 − 2·${C.alpha}·${fx(C.lambdaMax, 2)} = ${fx(C.exerciseFactor, 3)}.`,
  },
  {
    id: 'ex-digits-alpha',
    slug: 'classifying-digits-by-inversion',
    question: 'Largest stable α for λ_max of the class means',
    answer: C.alphaLimit,
    decimals: 4,
    working: `1/${fx(C.lambdaMax, 2)} = ${fx(C.alphaLimit, 4)}.`,
  },
  {
    id: 'ex-digits-image-steps',
    slug: 'training-the-dictionary',
    question: 'Image-steps of one literal update',
    answer: T.paths.imageSteps,
    decimals: 0,
    working: `${T.count}·${T.steps} = ${T.paths.imageSteps}.`,
  },
  {
    id: 'ex-digits-parameters',
    slug: 'training-the-dictionary',
    question: 'Entries of D (forward-mode sweeps)',
    answer: T.parameters,
    decimals: 0,
    working: `10·64 = ${T.parameters}.`,
  },
];
