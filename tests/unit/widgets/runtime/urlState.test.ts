import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults, type ParamTable } from '../../../../components/widgets/runtime/params';
import { readUrlState, serialiseUrlState } from '../../../../components/widgets/runtime/urlState';
import { inversionTable } from '../../../../components/widgets/inversion/table';
import { latentTable } from '../../../../components/widgets/latent/table';
import { trainingTable } from '../../../../components/widgets/training/table';
import { coerce } from '../../../../components/widgets/runtime/params';

const TABLES: [string, ParamTable][] = [
  ['inversion', inversionTable],
  ['training', trainingTable],
  ['latent', latentTable],
];

describe('widget state in the URL', () => {
  for (const [name, table] of TABLES) {
    const base = defaults(table);

    it(`${name}: random query strings never throw; every value kept is allowed, every other one is reported`, () => {
      const names = [...table.map((s) => s.name), 'k', 'unknown'];
      const entry = fc.tuple(
        fc.constantFrom(...names.map((n) => `w.${n}`), 'other.alpha', 'w'),
        fc.oneof(
          fc.string(),
          fc.double().map(String),
          fc.integer().map(String),
          fc.constantFrom('NaN', 'Infinity', '-0', '1e999', '<script>alert(1)</script>', 'true'),
        ),
      );
      fc.assert(
        fc.property(fc.array(entry, { maxLength: 12 }), (pairs) => {
          const search = `?${new URLSearchParams(pairs).toString()}`;
          const { values, k, ignored } = readUrlState('w', table, base, search);
          for (const spec of table) expect(coerce(spec, values[spec.name]).ok).toBe(true);
          if (k !== null) expect(Number.isInteger(k) && k >= 0).toBe(true);
          const last = new Map(pairs.filter(([key]) => key.startsWith('w.')).map(([key, v]) => [key.slice(2), v]));
          for (const spec of table) {
            const raw = last.get(spec.name);
            const parsed = raw === undefined ? null : coerce(spec, raw);
            if (parsed === null) expect(values[spec.name]).toBe(base[spec.name]);
            else if (parsed.ok) expect(values[spec.name]).toEqual(parsed.value);
            else {
              expect(values[spec.name]).toBe(base[spec.name]);
              expect(ignored.some((i) => i.name === spec.name)).toBe(true);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: a text its check refuses is ignored with the check's words`, () => {
      for (const spec of table) {
        if (spec.kind !== 'text' || !spec.check) continue;
        const back = readUrlState('w', table, base, `?w.${spec.name}=1:2,1:3`);
        expect(back.values[spec.name]).toBe(base[spec.name]);
        expect(back.ignored[0]?.reason).toContain('All points sit at the same y = 1');
      }
    });

    it(`${name}: serialising then reading gives back the same values and step`, () => {
      const arb = fc.record(
        Object.fromEntries(
          table.map((spec) => [
            spec.name,
            spec.kind === 'number'
              ? spec.integer
                ? fc.integer({ min: spec.min, max: spec.max })
                : fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((v) => (v === 0 ? 0 : v)) // −0 reads back as 0
              : spec.kind === 'choice'
                ? fc.constantFrom(...spec.choices.map((c) => c.value))
                : spec.kind === 'text'
                  ? spec.check
                    ? // A checked text (the reader's data) round-trips any text its check accepts.
                      fc
                        .string({ maxLength: spec.maxLength })
                        .map((t) => (spec.check?.(t) === null ? t : '-2:-7,0.5:-3,2.5:1.5'))
                    : fc.string({ maxLength: spec.maxLength })
                  : fc.boolean(),
          ]),
        ),
      );
      fc.assert(
        fc.property(arb, fc.nat(5000), (values, k) => {
          const search = serialiseUrlState('w', table, values, base, k, '?other.x=1');
          const back = readUrlState('w', table, base, search);
          expect(back.values).toEqual(values);
          expect(back.k).toBe(k === 0 ? null : k);
          expect(back.ignored).toEqual([]);
          expect(new URLSearchParams(search).get('other.x')).toBe('1');
        }),
        { numRuns: 200 },
      );
    });
  }
});
