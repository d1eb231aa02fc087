import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataProblem, dataText, parseDataText, READER_DATA } from '../../../../src/solver/core/readerData';
import { train } from '../../../../src/solver';
import { articleTraining } from '../../../../src/solver/core/data';
import { dataProblemWords } from '../../../../src/words/dataProblems';

describe('a reader’s data set (y:x pairs)', () => {
  it('reads and writes the compact text', () => {
    const r = parseDataText('-2:-8, -1:-6,0:-4,1.5:-1,2:0');
    expect(r).toEqual({ ok: true, value: { y: [-2, -1, 0, 1.5, 2], x: [-8, -6, -4, -1, 0] } });
    if (r.ok) expect(dataText(r.value)).toBe('-2:-8,-1:-6,0:-4,1.5:-1,2:0');
    expect(dataText({ y: [0.123456, -0.0001], x: [1e-9, 3.14159] })).toBe('0.12:0,0:3.14');
  });

  it('round-trips any allowed data set rounded to two decimals', () => {
    const coord = (lo: number, hi: number) => fc.integer({ min: lo * 100, max: hi * 100 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(coord(-3, 3), coord(-100, 100)), { minLength: 2, maxLength: 20 }), (pairs) => {
        const data = { y: pairs.map((p) => p[0]), x: pairs.map((p) => p[1]) };
        fc.pre(new Set(data.y).size > 1);
        expect(parseDataText(dataText(data))).toEqual({ ok: true, value: data });
      }),
    );
  });

  it('names each degenerate set', () => {
    expect(dataProblem({ y: [1], x: [2] })).toEqual({ kind: 'too-few', count: 1 });
    const many = Array.from({ length: 21 }, (_, i) => -2 + i * 0.2);
    expect(dataProblem({ y: many, x: many })).toEqual({ kind: 'too-many', count: 21 });
    expect(dataProblem({ y: [1, 1, 1], x: [0, 2, 4] })).toEqual({ kind: 'one-y', y: 1 });
    expect(dataProblem({ y: [0, 7], x: [0, 1] })).toEqual({ kind: 'outside', index: 1, axis: 'y', value: 7 });
    expect(dataProblem({ y: [0, 1], x: [0, -500] })).toEqual({ kind: 'outside', index: 1, axis: 'x', value: -500 });
    expect(dataProblem({ y: [0, NaN], x: [0, 1] })).toMatchObject({ kind: 'outside', axis: 'y' });
    expect(parseDataText('1:2,oops')).toEqual({ ok: false, problem: { kind: 'syntax', index: 1, text: 'oops' } });
    expect(parseDataText('1:2,0x10:3').ok).toBe(false);
  });

  it('words say what is wrong and what is allowed', () => {
    const words = (t: string) => {
      const r = parseDataText(t);
      return r.ok ? '' : dataProblemWords(r.problem);
    };
    expect(words('1:2')).toMatch(/One point is not enough.*at least 2/);
    expect(words('1:2,1:5')).toContain('All points sit at the same y = 1');
    expect(words('0:0,9:1')).toMatch(/Point 2 has y = 9, far outside the plotted range: y must be from −3 to 3/);
    expect(words(Array.from({ length: 21 }, (_, i) => `${(i / 10).toFixed(1)}:0`).join(','))).toContain(
      `at most ${READER_DATA.maxPoints}`,
    );
  });

  it('trains on any allowed set: the solver takes the reader’s points as they are', () => {
    const r = parseDataText('-2:-7,-1:-6.5,0.5:-3,2:0.5');
    if (!r.ok) throw new Error(r.problem.kind);
    const run = train({ ...articleTraining(), data: r.value, epochs: 300 });
    expect(run.history).toHaveLength(301);
    expect(run.history.at(-1)!.T).toBeLessThan(run.history[0]!.T);
  });
});
