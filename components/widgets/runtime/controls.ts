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
    const v = r.value;
    if (typeof v !== 'number') return;
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
    if (typeof current.value !== 'number') return;
    const next = Number((current.value + delta).toPrecision(12));
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

/**
 * Writes values back into the controls (after a preset, a URL restore or a drag); a control that
 * already shows its value is left alone (a re-run syncs every control twice, and each write
 * restyles it).
 */
export function syncControls(box: HTMLElement, table: ParamTable, values: ParamValues): void {
  const attr = (node: Element, name: string, value: string) => {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  };
  for (const spec of table) {
    const input = box.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-param="${spec.name}"]`);
    if (!input) continue;
    const v = values[spec.name];
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked !== (v === true)) input.checked = v === true;
    } else if (input.value !== String(v)) input.value = String(v);
    if (spec.kind === 'number') attr(input, 'aria-valuenow', String(v));
    if (input.hasAttribute('aria-invalid')) input.removeAttribute('aria-invalid');
    const slider = box.querySelector<HTMLInputElement>(`[data-slider="${spec.name}"]`);
    if (slider && spec.kind === 'number' && typeof v === 'number') {
      const at = String(toSlider(spec, v));
      if (slider.value !== at) slider.value = at;
      attr(slider, 'aria-valuetext', formatSig(v, 3));
    }
  }
}
