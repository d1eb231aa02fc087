import { formatSig } from '../../../src/words/format';
import { fromSlider, toSlider } from './markup';
import { coerce, type NumberSpec, type ParamTable, type ParamValue, type ParamValues } from './params';

export type OnParam = (name: string, value: ParamValue) => void;

function bindNumber(box: HTMLElement, spec: NumberSpec, onParam: OnParam): void {
  const input = box.querySelector<HTMLInputElement>(`input[data-param="${spec.name}"]`);
  const slider = box.querySelector<HTMLInputElement>(`input[data-slider="${spec.name}"]`);
  const error = input ? box.querySelector<HTMLElement>(`#${CSS.escape(input.id)}-error`) : null;
  if (!input || !slider) return;
  const apply = (raw: unknown, from: 'input' | 'slider') => {
    const r = coerce(spec, raw);
    input.setAttribute('aria-invalid', String(!r.ok));
    if (error) error.textContent = r.ok ? '' : `${r.reason}.`;
    if (!r.ok) return;
    const v = r.value as number;
    if (from === 'slider') input.value = String(v);
    input.setAttribute('aria-valuenow', String(v));
    slider.value = String(toSlider(spec, v));
    slider.setAttribute('aria-valuetext', formatSig(v, 3));
    onParam(spec.name, v);
  };
  input.addEventListener('change', () => apply(input.value, 'input'));
  // A text input (so typed text is never silently changed) that still steps like a spinbutton.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const current = coerce(spec, input.value);
    if (!current.ok) return;
    event.preventDefault();
    const delta = event.key === 'ArrowUp' ? spec.step : -spec.step;
    const next = Number(((current.value as number) + delta).toPrecision(12));
    input.value = String(Math.min(spec.max, Math.max(spec.min, next)));
    apply(input.value, 'input');
  });
  slider.addEventListener('input', () => apply(fromSlider(spec, Number(slider.value)), 'slider'));
}

/**
 * Wires the controls the shell rendered from the table (markup.ts): a valid typed or slid value
 * calls `onParam`; an invalid one shows, next to the input, what the parameter allows.
 */
export function bindControls(box: HTMLElement, table: ParamTable, onParam: OnParam): void {
  for (const spec of table) {
    if (spec.kind === 'number') bindNumber(box, spec, onParam);
    else {
      const input = box.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-param="${spec.name}"]`);
      input?.addEventListener('change', () =>
        onParam(
          spec.name,
          input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value,
        ),
      );
    }
  }
}

/** Writes values back into the controls (after a preset, a URL restore or a drag). */
export function syncControls(box: HTMLElement, table: ParamTable, values: ParamValues): void {
  for (const spec of table) {
    const input = box.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-param="${spec.name}"]`);
    if (!input) continue;
    const v = values[spec.name];
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = v as boolean;
    else input.value = String(v);
    if (spec.kind === 'number') input.setAttribute('aria-valuenow', String(v));
    input.removeAttribute('aria-invalid');
    const slider = box.querySelector<HTMLInputElement>(`[data-slider="${spec.name}"]`);
    if (slider && spec.kind === 'number') {
      slider.value = String(toSlider(spec, v as number));
      slider.setAttribute('aria-valuetext', formatSig(v as number, 3));
    }
  }
}
