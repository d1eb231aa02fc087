import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../../../components/widgets/runtime/parseNumber';
import { coerce, type NumberSpec } from '../../../../components/widgets/runtime/params';

const value = (text: string) => {
  const r = parseNumber(text);
  return r.ok ? r.value : r.reason;
};

describe('parseNumber: numbers as readers type them', () => {
  it('reads the site’s minus sign, a leading plus and a decimal comma as meant', () => {
    expect(value('−3')).toBe(-3);
    expect(value('+2')).toBe(2);
    expect(value('0,5')).toBe(0.5);
    expect(value('1,5')).toBe(1.5);
    expect(value('−0,25')).toBe(-0.25);
    expect(value(' 1e-3 ')).toBe(0.001);
    expect(value('.5')).toBe(0.5);
    expect(value('-0')).toBe(0);
  });

  it('refuses, with a reason quoting the text, what it would otherwise change silently', () => {
    expect(value('0x10')).toMatch(/^“0x10” is not a number/);
    expect(value('1,000')).toMatch(/^“1,000” is ambiguous: write 1000 .* or 1\.000/);
    expect(value('1 000')).toMatch(/is not a number/);
    expect(value('1.2.3')).toMatch(/is not a number/);
    expect(value('--3')).toMatch(/is not a number/);
    expect(value('Infinity')).toMatch(/is not a number/);
    expect(value('1e309')).toBe('“1e309” is too large to compute with');
    expect(value('')).toMatch(/^nothing was typed/);
  });

  it('reads back every finite number as JavaScript prints it, and with a comma and U+2212', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        expect(value(text)).toBe(x === 0 ? 0 : x);
        if (!/e/.test(text)) expect(value(text.replace('-', '−').replace('.', ','))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('is the parser behind the widget inputs: a range check follows, with the allowed range', () => {
    const spec: NumberSpec = { kind: 'number', name: 'y0', label: 'y0', default: 0, min: -10, max: 10, step: 0.1 };
    expect(coerce(spec, '−3')).toEqual({ ok: true, value: -3 });
    expect(coerce(spec, '0,5')).toEqual({ ok: true, value: 0.5 });
    const hex = coerce(spec, '0x10');
    expect(hex.ok).toBe(false);
    if (!hex.ok) expect(hex.reason).toMatch(/^y0: “0x10” is not a number.*it must be a number from -10 to 10$/);
  });
});
