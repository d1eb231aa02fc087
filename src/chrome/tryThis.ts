/** What a "try this" button sends to its widget. */
export interface PresetDetail {
  values?: Record<string, unknown>;
  k?: number | 'end';
  /** Keep the widget's other current values instead of returning them to its defaults. */
  keep?: boolean;
  /** Draw this parameter uniformly from [min, max] at each click. */
  random?: { name: string; min: number; max: number };
}

/**
 * Wires every "try this" button on the page: a click sends the button's preset to its widget
 * (which validates it against its table); the widget then shows its figure and step controls
 * (core/showWidget.ts).
 */
export function bindTryThis(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-try-target]:not([data-bound])')) {
    button.dataset.bound = 'true';
    button.addEventListener('click', () => {
      const target = document.getElementById(button.dataset.tryTarget ?? '');
      if (!target) return;
      const detail = JSON.parse(button.dataset.tryPreset ?? '{}') as PresetDetail;
      // A random start (the article draws y0 uniformly): one decimal, within the given range.
      if (detail.random) {
        const { name, min, max } = detail.random;
        detail.values = { ...detail.values, [name]: Math.round((min + Math.random() * (max - min)) * 10) / 10 };
      }
      target.dispatchEvent(new CustomEvent('unrolled:preset', { detail }));
    });
  }
}
