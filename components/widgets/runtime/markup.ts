/**
 * The markup of a widget's controls, as HTML strings: rendered by the .astro shell at build time
 * (so the page does not shift when the script arrives) and wired by controls.ts / transport.ts.
 * Pure functions: no DOM.
 */
import { formatSig } from '../../../src/words/format';
import { ICON_PATHS } from '../drawing/iconPaths';
import type { NumberSpec, ParamTable, ParamValues } from './params';

const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A slider position (0…1000) for a value, on the spec's scale (log for α and β). */
export function toSlider(spec: NumberSpec, v: number): number {
  if (spec.scale === 'log') return (1000 * Math.log(v / spec.min)) / Math.log(spec.max / spec.min);
  return (1000 * (v - spec.min)) / (spec.max - spec.min);
}

/** The value at a slider position, rounded to 3 significant digits (integers for integer specs). */
export function fromSlider(spec: NumberSpec, s: number): number {
  const t = s / 1000;
  const v = spec.scale === 'log' ? spec.min * (spec.max / spec.min) ** t : spec.min + t * (spec.max - spec.min);
  const q = spec.integer ? Math.round(v) : Number(v.toPrecision(3));
  return Math.min(spec.max, Math.max(spec.min, q));
}

/** One labelled control per table entry (only those named in `only`, if given). */
export function controlsHtml(id: string, table: ParamTable, values: ParamValues, only?: readonly string[]): string {
  const parts: string[] = [];
  for (const spec of table) {
    if (only && !only.includes(spec.name)) continue;
    const inputId = `${id}-${spec.name}`;
    const v = values[spec.name] ?? spec.default;
    if (spec.kind === 'number') {
      const errorId = `${inputId}-error`;
      const step = spec.integer && spec.scale !== 'log' ? 1000 / (spec.max - spec.min) : 1;
      parts.push(
        `<div class="param param-number"><label for="${esc(inputId)}">${esc(spec.label)}</label>` +
          `<input id="${esc(inputId)}" type="text" role="spinbutton" inputmode="decimal" autocomplete="off" spellcheck="false" aria-valuemin="${spec.min}" aria-valuemax="${spec.max}" aria-valuenow="${esc(String(v))}" value="${esc(String(v))}" data-param="${esc(spec.name)}" aria-describedby="${esc(errorId)}">` +
          `<input type="range" min="0" max="1000" step="${step}" value="${toSlider(spec, v as number)}" aria-label="${esc(spec.label)} slider${spec.scale === 'log' ? ' (log scale)' : ''}" aria-valuetext="${esc(formatSig(v as number, 3))}" data-slider="${esc(spec.name)}">` +
          `<span class="param-error" id="${esc(errorId)}" aria-live="polite"></span></div>`,
      );
    } else if (spec.kind === 'choice') {
      const options = spec.choices
        .map((c) => `<option value="${esc(c.value)}"${c.value === v ? ' selected' : ''}>${esc(c.label)}</option>`)
        .join('');
      parts.push(
        `<div class="param param-choice"><label for="${esc(inputId)}">${esc(spec.label)}</label><select id="${esc(inputId)}" data-param="${esc(spec.name)}">${options}</select></div>`,
      );
    } else {
      parts.push(
        `<div class="param param-boolean"><input id="${esc(inputId)}" type="checkbox"${v ? ' checked' : ''} data-param="${esc(spec.name)}"><label for="${esc(inputId)}">${esc(spec.label)}</label></div>`,
      );
    }
  }
  return `<div class="params">${parts.join('')}</div>`;
}

/** An inline SVG icon (hidden from screen readers: its button has a label). */
export function iconHtml(name: string): string {
  return `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon"><path d="${ICON_PATHS[name] ?? ''}"></path></svg>`;
}

/**
 * The step controls: reset, back, play, forward, end, a scrubber "step n of N" and a speed choice,
 * showing the opening step `at` (computed at build time).
 */
export function transportHtml(
  id: string,
  unit: string,
  speeds: readonly number[],
  speed: number,
  at: { k: number; last: number } = { k: 0, last: 0 },
): string {
  const button = (action: string, label: string) =>
    `<button type="button" class="tbtn" data-action="${action}" aria-label="${esc(label)}" title="${esc(label)}">${iconHtml(action)}</button>`;
  const options = speeds.map((s) => `<option value="${s}"${s === speed ? ' selected' : ''}>${s}/s</option>`).join('');
  const title = `${unit.charAt(0).toUpperCase()}${unit.slice(1)} ${at.k} of ${at.last}`;
  return (
    `<div class="transport" role="group" aria-label="Step controls">` +
    `<div class="tbuttons">${button('reset', `Reset to ${unit} 0`)}${button('back', `Previous ${unit}`)}${button('play', 'Play')}${button('forward', `Next ${unit}`)}${button('end', `Jump to the last ${unit}`)}</div>` +
    `<div class="scrub"><label for="${esc(id)}-scrub" class="scrub-label">${esc(title)}</label><input id="${esc(id)}-scrub" type="range" min="0" max="${at.last}" step="1" value="${at.k}" aria-valuetext="${esc(`${unit} ${at.k} of ${at.last}`)}" class="scrubber" data-role="scrubber"></div>` +
    `<div class="speedbox"><label for="${esc(id)}-speed">Speed</label><select id="${esc(id)}-speed" class="speed">${options}</select></div>` +
    `</div>`
  );
}
