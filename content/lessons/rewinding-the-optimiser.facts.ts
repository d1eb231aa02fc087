/**
 * Every number "Rewinding the optimiser" quotes, measured by the solver when the lesson is built
 * (computed on first use). tests/unit/content/rewinding-the-optimiser checks them.
 */
import {
  bitsLostPerStep,
  contraction,
  MAX_REWIND_STEPS,
  memoryValues,
  rewind,
  startLostAfter,
} from '../../src/solver/index.ts';
import { formatFixed, formatSig } from '../../src/words/format.ts';

/** The article's inversion from g(0) = 8: a = 2, b = −4, x = 0 (y* = 2), α = 0.05 (c = 0.6). */
export const BASE = { alpha: 0.05, a: 2, b: -4, x: 0, y0: 8, mu: 0 };
/** The steps run and rewound in the lesson's widget. */
export const RUN_STEPS = 100;

function compute() {
  const plain = rewind({ ...BASE, steps: RUN_STEPS });
  const heavy = rewind({ ...BASE, mu: 0.9, steps: 400 });
  // A gentler step, for the exercise: c = 0.8 at α = 0.025.
  const gentle = rewind({ ...BASE, alpha: 0.025, steps: RUN_STEPS });
  const lostAfter = startLostAfter(BASE);
  const at20 = rewind({ ...BASE, steps: 20 }).steps[0]!;
  return {
    c: plain.c,
    yStar: plain.yStar,
    /** |g(0) − y*|, the distance the run travels. */
    span: Math.abs(BASE.y0 - plain.yStar),
    bits: bitsLostPerStep(plain),
    bitsTheory: Math.log2(1 / Math.abs(plain.c)),
    lostAfter,
    /** Rewinding 20 steps: the error of the rebuilt g(0). */
    error20: at20.error,
    momentum: {
      mu: 0.9,
      bits: bitsLostPerStep(heavy),
      pairTheory: Math.log2(1 / 0.9),
      lostAfter: startLostAfter({ ...BASE, mu: 0.9 }),
      /** The error of the rebuilt start after the longest rewind the solver does. */
      errorAtMax: rewind({ ...BASE, mu: 0.9, steps: MAX_REWIND_STEPS }).steps[0]!.error,
      /** Bits lost a step in g at a gentler and a steeper slope: the curvature does not matter. */
      bitsAt: [1.5, 2.5].map((a) => ({ a, bits: bitsLostPerStep(rewind({ ...BASE, a, mu: 0.9, steps: 400 })) })),
      /** The sentence's end: when the start is lost, or that it outlives the longest run rewound. */
      lostWords: ((n: number) =>
        Number.isFinite(n) ? `until N = ${n}` : `past N = ${MAX_REWIND_STEPS}, the longest run the solver rewinds`)(
        startLostAfter({ ...BASE, mu: 0.9 }),
      ),
    },
    gentle: {
      c: contraction(0.025, 2),
      bits: bitsLostPerStep(gentle),
      /** Rewinding as many steps as lose the start at c = 0.6: the error at c = 0.8. */
      errorAtLost: rewind({ ...BASE, alpha: 0.025, steps: lostAfter }).steps[0]!.error,
    },
    memory: {
      reverse20: memoryValues('reverse', 20),
      reverse100: memoryValues('reverse', 100),
      forward: memoryValues('forward', 100),
    },
  };
}

let cache: ReturnType<typeof compute> | null = null;
/** The lesson's numbers, computed on first use. */
export function rewindFacts(): ReturnType<typeof compute> {
  return (cache ??= compute());
}

export const fx = (v: number, decimals = 3): string => formatFixed(v, decimals);
export const sig = (v: number, digits = 3): string => formatSig(v, digits);
