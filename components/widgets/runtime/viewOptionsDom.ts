import { el } from './dom';
import type { ParamTable } from './params';
import { readViewOptions, type ViewOptions } from './viewOptions';

/**
 * The view options of a link or an embed applied to a widget's controls and badge (loaded only
 * when a link carries them, so ordinary pages do not pay for it).
 */
/** Reads the widget's view options from the page URL and applies them; returns the locked names. */
export function applyFromUrl(root: HTMLElement, table: ParamTable): string[] {
  const options = readViewOptions(root.id, table);
  applyViewOptions(root, table, options);
  return options.locked;
}

/** Applies the options to the widget's rendered controls and badge. */
export function applyViewOptions(root: HTMLElement, table: ParamTable, options: ViewOptions): void {
  const box = root.querySelector<HTMLElement>('[data-part="params"]');
  for (const param of box?.querySelectorAll<HTMLElement>('.param') ?? []) {
    const name = param.querySelector<HTMLElement>('[data-param]')?.dataset.param ?? '';
    if (options.controls && !options.controls.includes(name) && !options.locked.includes(name)) param.hidden = true;
    if (options.locked.includes(name)) lock(root, param, table.find((s) => s.name === name)?.label ?? name);
  }
  if (options.problems.length && box) {
    box.prepend(el('p', { class: 'notice', role: 'status', text: `Ignored ${options.problems.join('; ')}.` }));
  }
  if (options.hideBadge) hideBadge(root);
}

function lock(root: HTMLElement, param: HTMLElement, label: string): void {
  const noteId = `${root.id}-${param.querySelector<HTMLElement>('[data-param]')?.dataset.param ?? 'p'}-locked`;
  param.classList.add('param-locked');
  for (const input of param.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    input.disabled = true;
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${noteId}`.trim());
  }
  param.append(
    el('span', {
      class: 'locked-note',
      id: noteId,
      text: `Locked by this link: ${label} stays at this value for the exercise.`,
    }),
  );
}

function hideBadge(root: HTMLElement): void {
  const badge = root.querySelector<HTMLElement>('[data-part="badge"]');
  if (!badge) return;
  badge.hidden = true;
  const button = el('button', { type: 'button', class: 'action reveal-badge', text: 'Reveal how the run goes' });
  button.addEventListener('click', () => {
    badge.hidden = false;
    button.remove();
    badge.setAttribute('tabindex', '-1');
    badge.focus();
  });
  badge.before(button);
}
