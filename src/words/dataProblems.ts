/** A reader's data set refused (src/solver/core/readerData.ts), in words: what is wrong and what is allowed. */
import { READER_DATA, type DataProblem } from '../solver/core/readerData.ts';
import { formatSig } from './format.ts';

const { minPoints, maxPoints } = READER_DATA;
const range = (r: readonly [number, number]) => `from ${formatSig(r[0], 3)} to ${formatSig(r[1], 3)}`;

/** What a data set may be, in one sentence. */
export const DATA_ALLOWED = `Give ${minPoints} to ${maxPoints} points y:x separated by commas, with y ${range(READER_DATA.y)} (the plotted range), x ${range(READER_DATA.x)}, and at least two different y.`;

/** One or two sentences: the problem, then what is allowed. */
export function dataProblemWords(p: DataProblem): string {
  switch (p.kind) {
    case 'syntax':
      return `Point ${p.index + 1} (“${p.text}”) is not a pair y:x such as 1.5:-1. ${DATA_ALLOWED}`;
    case 'too-few':
      return `${p.count === 1 ? 'One point is' : `${p.count} points are`} not enough to learn a and b: at least ${minPoints} are needed. ${DATA_ALLOWED}`;
    case 'too-many':
      return `${p.count} points are too many: at most ${maxPoints} are allowed.`;
    case 'one-y':
      return `All points sit at the same y = ${formatSig(p.y, 3)}: the slope a cannot be learned from them. Move one point to another y.`;
    case 'outside':
      return `Point ${p.index + 1} has ${p.axis} = ${formatSig(p.value, 3)}, far outside the plotted range: ${p.axis} must be ${range(READER_DATA[p.axis])}.`;
  }
}
