import { describe, expect, expectTypeOf, it } from 'vitest';
import type { GradientMethod, ModelName } from '../../../../src/solver';
import {
  allowed,
  coerce,
  defaults,
  merge,
  valuesOf,
  type ParamTable,
} from '../../../../components/widgets/runtime/params';
import { inversionParams } from '../../../../components/widgets/inversion/compute';
import { inversionTable, type InversionValues } from '../../../../components/widgets/inversion/table';
import { trainingParams } from '../../../../components/widgets/training/compute';
import { trainingTable, type TrainingValues } from '../../../../components/widgets/training/table';

const table = [
  { name: 'n', kind: 'number', label: 'n', default: 3, min: 1, max: 10, step: 1, integer: true },
  { name: 'rate', kind: 'number', label: 'rate', default: 0.5, min: 0, max: 1, step: 0.01 },
  {
    name: 'shape',
    kind: 'choice',
    label: 'shape',
    default: 'round',
    choices: [
      { value: 'round', label: 'round' },
      { value: 'square', label: 'square' },
    ],
  },
  { name: 'on', kind: 'boolean', label: 'on', default: false },
] as const satisfies ParamTable;

describe('a parameter table', () => {
  it('gives its defaults, one value per entry', () => {
    expect(defaults(table)).toEqual({ n: 3, rate: 0.5, shape: 'round', on: false });
  });

  it('parses numbers, choices and booleans from URL text, and refuses what the table does not allow', () => {
    const [n, rate, shape, on] = table;
    expect(coerce(n, '7')).toEqual({ ok: true, value: 7 });
    expect(coerce(rate, '0,25')).toEqual({ ok: true, value: 0.25 });
    expect(coerce(n, '2.5').ok).toBe(false);
    expect(coerce(n, '11').ok).toBe(false);
    expect(coerce(shape, 'square')).toEqual({ ok: true, value: 'square' });
    expect(coerce(shape, 'oval').ok).toBe(false);
    expect(coerce(on, '1')).toEqual({ ok: true, value: true });
    expect(coerce(on, 'yes').ok).toBe(false);
  });

  it('says what is allowed, from the table', () => {
    const [n, rate, shape, on] = table;
    expect(allowed(n)).toBe('a whole number from 1 to 10');
    expect(allowed(rate)).toBe('a number from 0 to 1');
    expect(allowed(shape)).toBe('one of round, square');
    expect(allowed(on)).toBe('true or false');
  });

  it('merges what it allows over the base and names each value it ignored', () => {
    const r = merge(table, defaults(table), { n: '4', shape: 'oval', other: 1 });
    expect(r.values).toEqual({ n: 4, rate: 0.5, shape: 'round', on: false });
    expect(r.ignored.map((i) => i.name)).toEqual(['shape']);
    expect(r.ignored[0]?.reason).toContain('one of round, square');
  });
});

describe('typed values (checked by tsc: each @ts-expect-error must be an error)', () => {
  it('derives each value type from the table', () => {
    const v = defaults(table);
    expectTypeOf(v.n).toEqualTypeOf<number>();
    expectTypeOf(v.shape).toEqualTypeOf<'round' | 'square'>();
    expectTypeOf(v.on).toEqualTypeOf<boolean>();
    // @ts-expect-error: no parameter of that name in the table
    void v.rte;
    // @ts-expect-error: not one of the choices
    const bad: typeof v.shape = 'oval';
    void bad;
  });

  it('the widgets hand the solver typed values, with no cast between', () => {
    const t: TrainingValues = defaults(trainingTable);
    // The training widget also offers the reader's own model (issue 17), typed in the text `f`.
    expectTypeOf(t.model).toEqualTypeOf<ModelName | 'custom'>();
    expectTypeOf(t.f).toEqualTypeOf<string>();
    expectTypeOf(t.method).toEqualTypeOf<GradientMethod>();
    expectTypeOf(t.optimizer).toEqualTypeOf<'gd' | 'momentum' | 'adam'>();
    expect(trainingParams({ ...t, optimizer: 'adam' }).optimizer).toEqual({ kind: 'adam' });
    // @ts-expect-error: 'adma' is not an optimizer in the training table
    trainingParams({ ...t, optimizer: 'adma' });
    // @ts-expect-error: the training table has no parameter 'mu'
    void t.mu;

    const i: InversionValues = defaults(inversionTable);
    expectTypeOf(i.momentum).toEqualTypeOf<'none' | 'heavy-ball' | 'nesterov'>();
    expect(inversionParams({ ...i, momentum: 'nesterov', mu: 0.3 }).momentum).toEqual({ kind: 'nesterov', mu: 0.3 });
    expect(inversionParams(i).momentum).toBeNull();
    // @ts-expect-error: 'heavy ball' (with a space) is not a choice
    inversionParams({ ...i, momentum: 'heavy ball' });
  });

  it('valuesOf reads the runtime values of a table through its types', () => {
    const v = valuesOf(table, merge(table, defaults(table), { shape: 'square' }).values);
    expect(v.shape).toBe('square');
  });
});
