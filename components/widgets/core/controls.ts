import { el } from './dom';
import { coerce, type NumberSpec, type ParamSpec, type ParamTable, type ParamValue, type ParamValues } from './params';
import { formatSig } from '../../../src/lib/format';

export type OnParam = (name: string, value: ParamValue) => void;

/** A slider position (0…1000) for a value, on the spec's scale. */
function toSlider(spec: NumberSpec, v: number): number {
  if (spec.scale === 'log') return (1000 * Math.log(v / spec.min)) / Math.log(spec.max / spec.min);
  return (1000 * (v - spec.min)) / (spec.max - spec.min);
}
function fromSlider(spec: NumberSpec, s: number): number {
  const t = s / 1000;
  const v = spec.scale === 'log' ? spec.min * (spec.max / spec.min) ** t : spec.min + t * (spec.max - spec.min);
  const q = spec.integer ? Math.round(v) : Number(v.toPrecision(3));
  return Math.min(spec.max, Math.max(spec.min, q));
}

function numberControl(id: string, spec: NumberSpec, value: number, onParam: OnParam): HTMLElement {
  const inputId = `${id}-${spec.name}`;
  const error = el('span', { class: 'param-error', id: `${inputId}-error`, 'aria-live': 'polite' });
  const input = el('input', {
    id: inputId,
    type: 'number',
    inputmode: 'decimal',
    min: spec.min,
    max: spec.max,
    step: spec.integer ? 1 : 'any',
    value: String(value),
    'data-param': spec.name,
    'aria-describedby': error.id,
  });
  const slider = el('input', {
    type: 'range',
    min: 0,
    max: 1000,
    step: spec.integer && spec.scale !== 'log' ? 1000 / (spec.max - spec.min) : 1,
    value: String(toSlider(spec, value)),
    'aria-label': `${spec.label} slider${spec.scale === 'log' ? ' (log scale)' : ''}`,
    'aria-valuetext': formatSig(value, 3),
    'data-slider': spec.name,
  });
  const apply = (raw: unknown, from: 'input' | 'slider') => {
    const r = coerce(spec, raw);
    input.setAttribute('aria-invalid', String(!r.ok));
    error.textContent = r.ok ? '' : `${r.reason}.`;
    if (!r.ok) return;
    const v = r.value as number;
    if (from === 'slider') input.value = String(v);
    slider.value = String(toSlider(spec, v));
    slider.setAttribute('aria-valuetext', formatSig(v, 3));
    onParam(spec.name, v);
  };
  input.addEventListener('change', () => apply(input.value, 'input'));
  slider.addEventListener('input', () => apply(fromSlider(spec, Number(slider.value)), 'slider'));
  return el(
    'div',
    { class: 'param param-number' },
    el('label', { for: inputId, text: spec.label }),
    input,
    slider,
    error,
  );
}

function choiceControl(id: string, spec: Extract<ParamSpec, { kind: 'choice' }>, value: string, onParam: OnParam) {
  const inputId = `${id}-${spec.name}`;
  const select = el('select', { id: inputId, 'data-param': spec.name });
  for (const c of spec.choices)
    select.append(el('option', { value: c.value, selected: c.value === value, text: c.label }));
  select.addEventListener('change', () => onParam(spec.name, select.value));
  return el('div', { class: 'param param-choice' }, el('label', { for: inputId, text: spec.label }), select);
}

function booleanControl(id: string, spec: Extract<ParamSpec, { kind: 'boolean' }>, value: boolean, onParam: OnParam) {
  const inputId = `${id}-${spec.name}`;
  const box = el('input', { id: inputId, type: 'checkbox', checked: value, 'data-param': spec.name });
  box.addEventListener('change', () => onParam(spec.name, box.checked));
  return el('div', { class: 'param param-boolean' }, box, el('label', { for: inputId, text: spec.label }));
}

/** Builds one labelled control per table entry (only those named in `only`, if given). */
export function buildControls(
  id: string,
  table: ParamTable,
  values: ParamValues,
  onParam: OnParam,
  only?: readonly string[],
): HTMLElement {
  const box = el('div', { class: 'params' });
  for (const spec of table) {
    if (only && !only.includes(spec.name)) continue;
    const v = values[spec.name];
    if (spec.kind === 'number') box.append(numberControl(id, spec, v as number, onParam));
    else if (spec.kind === 'choice') box.append(choiceControl(id, spec, v as string, onParam));
    else box.append(booleanControl(id, spec, v as boolean, onParam));
  }
  return box;
}

/** Writes values back into existing controls (after a preset or a URL restore). */
export function syncControls(box: HTMLElement, table: ParamTable, values: ParamValues): void {
  for (const spec of table) {
    const input = box.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-param="${spec.name}"]`);
    if (!input) continue;
    const v = values[spec.name];
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = v as boolean;
    else input.value = String(v);
    input.removeAttribute('aria-invalid');
    const slider = box.querySelector<HTMLInputElement>(`[data-slider="${spec.name}"]`);
    if (slider && spec.kind === 'number') {
      slider.value = String(toSlider(spec, v as number));
      slider.setAttribute('aria-valuetext', formatSig(v as number, 3));
    }
  }
}
