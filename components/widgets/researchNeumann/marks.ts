import type { ResearchMark } from './figure';

/** The four methods' marks, in the course's method order, and the reference and the limit. */
export const METHOD_MARKS = {
  forward: { label: 'forward mode', className: 'rm-forward', swatch: 'line' },
  reverse: { label: 'reverse mode', className: 'rm-reverse', swatch: 'dashed' },
  'finite-difference': { label: 'finite differences', className: 'rm-fd', swatch: 'line' },
  implicit: { label: 'implicit formula at g(N)', className: 'rm-implicit', swatch: 'line' },
} as const satisfies Record<string, ResearchMark>;

export const REFERENCE: ResearchMark = { label: '|c|ᴺ × |limit|', className: 'rm-reference', swatch: 'dashed' };
export const CURRENT: ResearchMark = { label: 'your N', className: 'rm-current', swatch: 'ring' };
export const TERM: ResearchMark = { label: 'term −αL_yθ·cⁿ', className: 'rm-term', swatch: 'band' };
export const LIMIT: ResearchMark = { label: 'implicit limit', className: 'rm-limit', swatch: 'dashed' };
