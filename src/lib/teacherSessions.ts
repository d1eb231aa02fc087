/**
 * The teachers' guide (issue 13), part 1: three 45-minute sessions over the 13 lessons, and the
 * shape of one lesson's guide. The guide itself is in teacherGuide.ts, the exercises' worked
 * answers in teacherExercises.ts; every number there comes from the lessons' facts.
 */
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
];

export interface LessonGuide {
  goal: string;
  ask: string;
  answer: string;
  misconceptions: { belief: string; shows: string }[];
  presets: string;
}
