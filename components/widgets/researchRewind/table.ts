import { GHOST_SPEC, type ParamTable, type ValuesOf } from '../runtime/params';

/**
 * The rewinding widget's parameters: the article's inversion (a = 2, b = −4, x = 0, α = 0.05, so
 * c = 0.6) from g(0) = 8, run N = 100 steps, then rewound; one record per step rewound.
 */
export const rewindTable = [
  { name: 'alpha', kind: 'number', label: 'Step size α', default: 0.05, min: 0.005, max: 0.245, step: 0.005 },
  { name: 'a', kind: 'number', label: 'a', default: 2, min: 0.5, max: 3, step: 0.1 },
  { name: 'y0', kind: 'number', label: 'Start g(0)', default: 8, min: -10, max: 10, step: 0.5 },
  {
    name: 'N',
    kind: 'number',
    label: 'Steps N run, then rewound',
    default: 100,
    min: 5,
    max: 1000,
    step: 1,
    integer: true,
  },
  { name: 'mu', kind: 'number', label: 'Momentum μ (0: none)', default: 0, min: 0, max: 0.95, step: 0.05 },
  GHOST_SPEC,
] as const satisfies ParamTable;

/** The widget's values, typed from its table. */
export type RewindValues = ValuesOf<typeof rewindTable>;
