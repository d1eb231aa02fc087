/**
 * Presenter mode in the e2e tests (tests/e2e/presenter.spec.ts): opening a lesson's slides, finding
 * the widget on a slide, and measuring what the back of the room sees, in screen pixels.
 */
import { expect, type Locator, type Page } from './fixtures';

export const LONG_RUNS = [
  'training-is-the-inverse-of-predicting',
  'inside-one-theta-update',
  'four-ways-to-the-gradient',
];
export const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
export const MAX_PRESSES = 8;

export const slideStatus = (page: Page) => page.locator('[data-part="slide-status"]');

/** The widget shown on the current slide, if any. */
export async function slideWidget(page: Page): Promise<Locator | null> {
  const w = page.locator('article.lesson [data-widget][data-count]:visible').first();
  return (await w.count()) > 0 ? w : null;
}

/** Figure, live equation and badge are all inside the viewport. */
export async function expectFigureEquationBadge(widget: Locator): Promise<void> {
  await expect(widget.locator('.panels')).toBeInViewport({ ratio: 1 });
  await expect(widget.locator(':scope > .equation')).toBeInViewport({ ratio: 1 });
  await expect(widget.locator('[data-part="badge"]')).toBeInViewport({ ratio: 1 });
}

/** The smallest tick label (or, with `selector`, other text) of the widget's visible figures, in screen pixels. */
export function smallestTick(widget: Locator, selector = '.axis text'): Promise<number> {
  return widget
    .locator('.panels svg.figure')
    .evaluateAll(
      (svgs, sel) =>
        Math.min(
          ...svgs.flatMap((svg) =>
            [...svg.querySelectorAll<SVGTextElement>(sel)].map(
              (t) => parseFloat(getComputedStyle(t).fontSize) * ((svg as SVGSVGElement).getScreenCTM()?.a ?? 0),
            ),
          ),
        ),
      selector,
    );
}

/** Presents the first long-run lesson and pages on to its first slide with a widget. */
export async function presentFirstWidget(page: Page): Promise<Locator> {
  await page.goto(`./lessons/${LONG_RUNS[0]}/`);
  await page.getByRole('button', { name: 'Present (P)' }).click();
  await expect(slideStatus(page)).toHaveText(/^Section 1 of \d+$/);
  let widget: Locator | null = null;
  for (let i = 0; i < 20 && !widget; i++) {
    await page.keyboard.press('PageDown');
    widget = await slideWidget(page);
  }
  expect(widget).not.toBeNull();
  return widget as Locator;
}

/**
 * At `screen`, presents the first long-run lesson, pages on to its first widget and brings the
 * widget on screen with the next press: figure, equation and badge all in view.
 */
export async function projectFirstWidget(page: Page, screen: { width: number; height: number }): Promise<Locator> {
  await page.setViewportSize(screen);
  const w = await presentFirstWidget(page);
  await expect(w).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('PageDown');
  await expectFigureEquationBadge(w);
  return w;
}

/** How far (screen px) any y tick label overlaps its figure's y axis title, over the widget's figures. */
export function yTitleOverlap(widget: Locator): Promise<number> {
  return widget.locator('.panels svg.figure').evaluateAll((svgs) =>
    Math.max(
      0,
      ...svgs.flatMap((svg) => {
        const t = svg.querySelector('text.axis-label-y')?.getBoundingClientRect();
        if (!t || t.width === 0) return [];
        return [...svg.querySelectorAll('.axis-y text')]
          .map((l) => l.getBoundingClientRect())
          .filter((l) => l.width > 0 && Math.min(t.bottom, l.bottom) > Math.max(t.top, l.top))
          .map((l) => Math.min(t.right, l.right) - Math.max(t.left, l.left));
      }),
    ),
  );
}

/** The height on screen of each visible figure's plot (its y axis), in pixels. */
export function plotHeights(widget: Locator): Promise<number[]> {
  return widget
    .locator('.panels svg.figure .axis-y .domain')
    .evaluateAll((axes) => axes.map((a) => a.getBoundingClientRect().height));
}

/**
 * Presents `lesson` and pages on to the slide of widget `id`, once its run is there (the clicker
 * finds a widget by its run, data-count). Returns the widget, not yet brought on screen.
 */
export async function presentSlideOf(page: Page, lesson: string, id: string): Promise<Locator> {
  await page.goto(`./lessons/${lesson}/`);
  await page.getByRole('button', { name: 'Present (P)' }).click();
  await expect(slideStatus(page)).toHaveText(/^Section 1 of \d+$/);
  const w = page.locator(`#${id}`);
  for (let i = 0; i < 30 && !(await w.isVisible()); i++) await page.keyboard.press('PageDown');
  await expect(w).toHaveAttribute('data-count', /\d+/);
  return w;
}

/** The rendered sizes the back of the room sees: step buttons and their icons, legend and heading text. */
export function projectedSizes(widget: Locator) {
  return widget.evaluate((w) => {
    const buttons = [...w.querySelectorAll<HTMLElement>('[data-part="transport"] .tbtn')];
    const svgText = [...w.querySelectorAll<SVGTextElement>('.panels svg.figure :is(.legend-label, .panel-heading)')]
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0));
    return {
      button: Math.min(...buttons.map((b) => b.getBoundingClientRect().height)),
      icon: Math.min(...buttons.map((b) => b.querySelector('svg')?.getBoundingClientRect().height ?? 0)),
      text: Math.min(...svgText),
      texts: svgText.length,
    };
  });
}
