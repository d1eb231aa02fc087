import type { Stepper } from './stepper';

/** Keys that step a widget while it has focus (presentation clickers send PageUp/PageDown). */
const KEYMAP: Record<string, (s: Stepper) => void> = {
  ArrowRight: (s) => s.step(1),
  ArrowLeft: (s) => s.step(-1),
  PageDown: (s) => s.step(1),
  PageUp: (s) => s.step(-1),
  Home: (s) => s.seek(0),
  End: (s) => s.seek(s.last),
  ' ': (s) => s.toggle(),
  r: (s) => s.seek(0),
  R: (s) => s.seek(0),
};

/**
 * Binds the stepping keys to `root`. Keys typed into form fields stay with the field, and
 * Space/Enter on a button stay with the button (it activates itself).
 */
export function bindKeys(root: HTMLElement, stepper: () => Stepper): void {
  root.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, [contenteditable]')) return;
    if (target.closest('button, summary, a') && (event.key === ' ' || event.key === 'Enter')) return;
    const action = KEYMAP[event.key];
    if (!action) return;
    event.preventDefault();
    action(stepper());
  });
}
