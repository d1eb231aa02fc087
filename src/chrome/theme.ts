/** The colour scheme: the system's (default), or light or dark chosen by the reader and kept. */
export type Theme = 'system' | 'light' | 'dark';
const KEY = 'unrolled-theme';
const ORDER: Theme[] = ['system', 'light', 'dark'];

export function storedTheme(): Theme {
  try {
    const t = localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a theme to the page (`data-theme` on <html>) and keeps the choice. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

/** The theme after `theme` in the toggle's cycle. */
export function nextTheme(theme: Theme): Theme {
  return ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length] as Theme;
}
