import { test, expect } from '../support/fixtures';
import {
  expectFigureEquationBadge,
  LONG_RUNS,
  MAX_PRESSES,
  plotHeights,
  presentFirstWidget,
  presentSlideOf,
  projectedSizes,
  projectFirstWidget,
  SCREENS,
  slideStatus,
  slideWidget,
  smallestTick,
  yTitleOverlap,
} from '../support/presenter';

/**
 * Presenter mode on a projector (issue 13): the clicker moves a long run through its milestones,
 * every slide is left within 8 presses, tick labels are projector-sized and the widget's figure,
 * live equation and badge are on the screen together.
 */
for (const lesson of LONG_RUNS) {
  for (const screen of SCREENS) {
    test(`${lesson} at ${screen.width}×${screen.height}: every slide is left within ${MAX_PRESSES} PageDowns; figure, equation and badge on screen`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(screen);
      await page.goto(`./lessons/${lesson}/`);
      await expect(page.locator('[data-widget="training"]').first()).toHaveAttribute('data-ready', 'true');
      await page.getByRole('button', { name: 'Present (P)' }).click();
      const status = slideStatus(page);
      await expect(status).toHaveText(/^Section 1 of \d+$/);
      const total = Number((await status.textContent())?.match(/of (\d+)/)?.[1]);
      expect(total).toBeGreaterThan(1);
      let widgetSlides = 0;
      for (let slide = 1; slide < total; slide++) {
        await expect(status).toHaveText(`Section ${slide} of ${total}`);
        const shown = await slideWidget(page);
        const widget = shown ? page.locator(`#${await shown.getAttribute('id')}`) : null;
        let presses = 0;
        let lastK = '';
        while ((await status.textContent()) === `Section ${slide} of ${total}`) {
          expect(presses, `section ${slide} is still on screen after ${presses} presses`).toBeLessThan(MAX_PRESSES);
          const k = widget ? await widget.getAttribute('data-k') : null;
          await page.keyboard.press('PageDown');
          presses++;
          if (widget && (await status.textContent()) === `Section ${slide} of ${total}`) {
            // Each press either brings the widget onto the screen or moves it to its next milestone.
            const now = await widget.getAttribute('data-k');
            if (now !== k) expect(Number(now)).toBeGreaterThan(Number(k));
            await expectFigureEquationBadge(widget);
            lastK = now ?? '';
          }
        }
        if (widget) {
          widgetSlides++;
          expect(presses).toBeGreaterThan(1);
          // The slide was left from the widget's last record, not before it.
          expect(lastK).toBe(String(Number(await widget.getAttribute('data-count')) - 1));
        }
      }
      expect(widgetSlides).toBeGreaterThan(0);
    });
  }
}

test('at 1920×1080 the projected tick labels are at least 24 px; Home and End jump to the first and last milestone', async ({
  page,
}) => {
  const w = await projectFirstWidget(page, { width: 1920, height: 1080 });
  await expect.poll(() => smallestTick(w)).toBeGreaterThanOrEqual(24);
  // Projected labels as wide as "1e−24" reached over the T panel's axis title; it now stands clear.
  expect(await yTitleOverlap(w)).toBeLessThanOrEqual(0.5);
  const marks = ((await w.getAttribute('data-milestones')) ?? '').split(' ').map(Number);
  expect(marks.length).toBeLessThanOrEqual(7);
  await page.keyboard.press('End');
  await expect(w).toHaveAttribute('data-k', String(marks.at(-1)));
  await expectFigureEquationBadge(w);
  await page.keyboard.press('PageUp');
  await expect(w).toHaveAttribute('data-k', String(marks.at(-2)));
  await page.keyboard.press('Home');
  await expect(w).toHaveAttribute('data-k', '0');
  // Out of presenter mode the figures get their own tick size back.
  await page.keyboard.press('Escape');
  expect(await smallestTick(w)).toBeLessThan(24);
});

test('at 1280×720 the three training plots fill what the text leaves: each at least 200 px high, ticks and axis titles at least 13 px', async ({
  page,
}) => {
  const w = await projectFirstWidget(page, { width: 1280, height: 720 });
  // Before the fit the plots were 127–169 px high with ticks down to 8 px: the legends took the rest.
  // (Ticks stay under the 24 px of 1920 × 1080: a squeezed figure's axis margins cap them, projector.ts.)
  await expect.poll(async () => Math.min(...(await plotHeights(w)))).toBeGreaterThanOrEqual(200);
  expect(await plotHeights(w)).toHaveLength(3);
  expect(await smallestTick(w)).toBeGreaterThanOrEqual(13);
  // Axis titles ("y (latent)", "a", "update k") are projected with the ticks (they were 6–9 px), clear of them.
  expect(await smallestTick(w, '.axis-label')).toBeGreaterThanOrEqual(13);
  expect(await yTitleOverlap(w)).toBeLessThanOrEqual(0.5);
  // Each later milestone keeps them so, with the badge still on the screen.
  await page.keyboard.press('End');
  await expectFigureEquationBadge(w);
  expect(Math.min(...(await plotHeights(w)))).toBeGreaterThanOrEqual(200);
});

test('at 1280×720 a slide opened while its landscape is computing keeps its plots readable, and is fitted again as it changes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const w = await presentSlideOf(page, 'when-the-inverse-is-not-unique', 'train-nonlinear');
  // The press brings it on screen at once, while the tanh model's landscape of T is still computing.
  await page.keyboard.press('PageDown');
  await expect(w).toHaveAttribute('data-ready', 'true');
  await expect(w).toBeVisible();
  // The landscape's progress note, below the plane, and a four-line badge squeezed the plots to 35–47 px.
  await expect.poll(async () => Math.min(...(await plotHeights(w)))).toBeGreaterThanOrEqual(110);
  await expectFigureEquationBadge(w);
});

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height} the dictionary's training slide shows its four panels and its badge together`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    const w = await presentSlideOf(page, 'training-the-dictionary', 'digit-train');
    const badge = w.locator('[data-part="badge"]');
    // The press that brings it on screen, unless its slide already shows it whole (a press would then leave).
    const whole = await w.evaluate(
      (el) =>
        el.querySelector('figcaption')!.getBoundingClientRect().top >= 0 &&
        el.querySelector('[data-part="badge"]')!.getBoundingClientRect().bottom <= innerHeight,
    );
    if (!whole) await page.keyboard.press('PageDown');
    await expect(w.locator('.confusion')).toBeVisible();
    // The confusion matrix took a row of its own below the three charts, and the badge fell below the fold.
    await expect(w.locator('.digit-panels')).toBeInViewport({ ratio: 1 });
    await expect(badge).toBeInViewport({ ratio: 1 });
    const matrix = await w.locator('.confusion').evaluate((t) => {
      const panel = t.parentElement!.getBoundingClientRect();
      return { right: t.getBoundingClientRect().right, panel: panel.right };
    });
    expect(matrix.right).toBeLessThanOrEqual(matrix.panel + 1);
  });
}

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height} the step buttons and the figures' legends are legible from the back of the room`, async ({
    page,
  }) => {
    const w = await projectFirstWidget(page, screen);
    // Three panels side by side, each with its heading and legend.
    await expect.poll(async () => (await projectedSizes(w)).text).toBeGreaterThanOrEqual(18);
    const sizes = await projectedSizes(w);
    expect(sizes.texts).toBeGreaterThanOrEqual(6);
    expect(sizes.button).toBeGreaterThanOrEqual(56);
    expect(sizes.icon).toBeGreaterThanOrEqual(28);
    // The legend's rows stay inside their figure, above the plot.
    const inside = await w.locator('.panels svg.figure').evaluateAll((svgs) =>
      svgs.every((svg) => {
        const box = svg.getBoundingClientRect();
        const legend = svg.querySelector('.legend')?.getBoundingClientRect();
        const plot = svg.querySelector('.axis-y .domain')?.getBoundingClientRect();
        if (!legend) return true;
        if (!plot) return false;
        return (
          legend.left >= box.left - 1 &&
          legend.right <= box.right + 1 &&
          legend.top >= box.top - 1 &&
          legend.bottom <= plot.top + 1
        );
      }),
    );
    expect(inside).toBe(true);
    // Leaving presenter mode gives the figures and buttons their reading sizes back.
    await page.keyboard.press('Escape');
    const reading = await projectedSizes(w);
    expect(reading.button).toBeLessThan(56);
  });
}

test('on a 360 px phone the presenter bar leaves most of the screen to the slide, and its widget starts on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const w = await presentFirstWidget(page);
  const bar = await page.locator('.lesson-tools').boundingBox();
  expect(bar).not.toBeNull();
  expect(bar!.height).toBeLessThanOrEqual(0.3 * 740);
  // Reading-size text, not the projector's 175 %.
  expect(
    await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
  ).toBeLessThanOrEqual(18);
  await expect(w.locator('.panels svg.figure').first()).toBeInViewport();
  // The figures as when reading: the three panels stacked, none wider than the slide, and their
  // labels at reading size (the projector's sizes drew 92 px panels with 6 px ticks here).
  const panels = await w.locator('.panels').boundingBox();
  const stages = await w
    .locator('.panels > .stage')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(stages).toHaveLength(3);
  for (const width of stages) {
    expect(width).toBeGreaterThanOrEqual(0.85 * panels!.width);
    expect(width).toBeLessThanOrEqual(panels!.width + 0.5);
  }
  expect(await smallestTick(w)).toBeGreaterThanOrEqual(11);
});

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height} the plane's zoom label is projected whole, at least 13 px`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    const w = await presentSlideOf(page, 'momentum', 'train-momentum');
    await page.keyboard.press('PageDown');
    await expectFigureEquationBadge(w);
    const label = w.locator('.zoom-label');
    await expect(label).toHaveText(/^zoomed ×\d/);
    // It kept its reading size inside the squeezed plane (9.3 px at 1280 × 720) and, at 1920 × 1080,
    // ran past its box and the plot's edge ('zoomed ×320').
    expect(await smallestTick(w, '.zoom-label')).toBeGreaterThanOrEqual(13);
    const [text, box] = await Promise.all([label.boundingBox(), w.locator('.zoom-box').boundingBox()]);
    // The plot's clip is 4 units right of the box (zoomInset.ts): the label ends within it.
    expect(text!.x + text!.width).toBeLessThanOrEqual(box!.x + box!.width + 4);
  });
}

for (const screen of SCREENS) {
  test(`at ${screen.width}×${screen.height} the implicit limit's floor note is projected with the ticks`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    const w = await presentSlideOf(page, 'the-implicit-limit', 'neumann');
    await expect(w.locator('.rm-note')).toHaveText(/^floor: /);
    // It kept its reading size inside the squeezed figure: 7.6 px at 1280 × 720, 11.5 px at 1920 × 1080.
    await expect.poll(() => smallestTick(w, '.rm-note')).toBeGreaterThanOrEqual(13);
  });
}

test("on a 360 px phone a widget inside a prediction's reveal keeps the width its figure was drawn for", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const w = await presentSlideOf(page, 'short-horizon-bias', 'roots');
  await w.scrollIntoViewIfNeeded();
  // Sized to the reveal's inner width (281 px), the roots figure's legend and ticks fell to 10.7 px.
  expect((await w.boundingBox())!.width).toBeGreaterThanOrEqual(330);
  expect(await smallestTick(w, '.axis text, .legend-label')).toBeGreaterThanOrEqual(13);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
