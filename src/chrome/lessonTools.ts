import type { Presenter } from './presenter';
import { applyTheme, nextTheme, storedTheme } from './theme';

const THEME_LABEL = { system: 'Colours: system', light: 'Colours: light', dark: 'Colours: dark' } as const;

/** Wires the lesson toolbar: presenter mode and the colour scheme toggle. */
export function bindLessonTools(): void {
  const tools = document.querySelector<HTMLElement>('.lesson-tools');
  const article = document.querySelector<HTMLElement>('article.lesson');
  if (!tools || !article || tools.dataset.bound) return;
  tools.dataset.bound = 'true';
  const button = (name: string) => tools.querySelector<HTMLButtonElement>(`[data-tool="${name}"]`);
  const bar = tools.querySelector<HTMLElement>('[data-part="presenter-bar"]');
  const status = tools.querySelector<HTMLElement>('[data-part="slide-status"]');

  let theme = storedTheme();
  applyTheme(theme);
  const themeButton = button('theme');
  if (themeButton) themeButton.textContent = THEME_LABEL[theme];
  themeButton?.addEventListener('click', () => {
    theme = nextTheme(theme);
    applyTheme(theme);
    themeButton.textContent = THEME_LABEL[theme];
  });

  const onChange = (p: Presenter) => {
    if (bar) bar.hidden = !p.active;
    button('present')?.toggleAttribute('hidden', p.active);
    if (status) status.textContent = p.active ? `Section ${p.index + 1} of ${p.count}` : '';
  };
  // Presenter mode loads on first use: most readers never present.
  let loading: Promise<Presenter> | null = null;
  const presenter = () =>
    (loading ??= import('./presenter').then(({ createPresenter }) => createPresenter(article, onChange)));
  const on = (name: string, act: (p: Presenter) => void) =>
    button(name)?.addEventListener('click', () => void presenter().then(act));
  // The toolbar stays visible on every slide.
  tools.classList.remove('off-slide');
  on('present', (p) => p.enter());
  on('exit', (p) => p.leave());
  on('next', (p) => p.go(p.index + 1));
  on('prev', (p) => p.go(p.index - 1));
  tools.dataset.ready = 'true';
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key.toLowerCase() !== 'p' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('input, select, textarea')) return;
    void presenter().then((p) => (p.active ? p.leave() : p.enter()));
  });
}
