import { test, expect, type Locator, type Page } from '../support/fixtures';
import { widget } from '../support/widgets';

/**
 * A class on phones (issue 13): a swipe over a figure scrolls the page and keeps the run; only a
 * drag that starts on the start marker moves y₀. "Try this" and links to a state show the widget.
 */
const LESSON = './lessons/prediction-is-an-inversion/';
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** A one-finger touch gesture from `from` to `to` in viewport pixels, in small moves like a real finger. */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 10; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The centre of an element in viewport pixels. */
async function centre(el: Locator): Promise<{ x: number; y: number }> {
  const box = (await el.boundingBox()) as { x: number; y: number; width: number; height: number };
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a vertical swipe that starts on the plot scrolls the page and leaves y₀ and the step unchanged', async ({
  page,
}) => {
  await page.goto(`${LESSON}?inversion.k=3`);
  const inv = await widget(page, 'inversion');
  const y0 = inv.getByRole('spinbutton', { name: /Start y₀/ });
  const before = await y0.inputValue();
  const plot = inv.locator('[data-part="plot"] svg');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox()) as { x: number; y: number; width: number; height: number };
  // Start away from the start marker, in the middle of the plot, and swipe up.
  const marker = await centre(inv.locator('.iterates circle').first());
  const start = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.6 };
  expect(Math.hypot(start.x - marker.x, start.y - marker.y)).toBeGreaterThan(48);
  const scrolled = await page.evaluate(() => scrollY);
  await swipe(page, start, { x: start.x, y: start.y - 200 });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 50);
  await expect(inv).toHaveAttribute('data-k', '3');
  await expect(y0).toHaveValue(before);
});

test('a drag that starts on the start marker moves y₀ and restarts the run', async ({ page }) => {
  await page.goto(`${LESSON}?inversion.k=3`);
  const inv = await widget(page, 'inversion');
  const y0 = inv.getByRole('spinbutton', { name: /Start y₀/ });
  const before = Number(await y0.inputValue());
  await inv.locator('[data-part="plot"] svg').scrollIntoViewIfNeeded();
  const marker = await centre(inv.locator('.iterates circle').first());
  const scrolled = await page.evaluate(() => scrollY);
  await swipe(page, marker, { x: marker.x - 60, y: marker.y + 30 });
  await expect(inv).toHaveAttribute('data-k', '0');
  expect(Number(await y0.inputValue())).toBeLessThan(before);
  // The drag did not scroll the page.
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
});

/** Top and bottom of a widget's figure panels and step controls, in viewport pixels. */
async function figureAndControls(w: Locator): Promise<{ top: number; bottom: number }> {
  return w.evaluate((el) => ({
    top: (el.querySelector('.panels') as HTMLElement).getBoundingClientRect().top,
    // The step buttons (the scrubber below them may run past the foot of a phone's screen).
    bottom: (el.querySelector('[data-part="transport"] .tbuttons') as HTMLElement).getBoundingClientRect().bottom,
  }));
}

for (const size of [
  { width: 360, height: 740 },
  { width: 1280, height: 720 },
]) {
  test(`at ${size.width}×${size.height} "try this" shows the figure and its step controls`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(LESSON);
    const inv = await widget(page, 'inversion');
    const button = page.getByRole('button', { name: /make the step too large/ });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect(inv).toBeFocused();
    await expect
      .poll(async () => {
        const { top, bottom } = await figureAndControls(inv);
        return top >= 0 && bottom <= size.height;
      })
      .toBe(true);
  });
}

test('on a phone the training widget keeps its step bar on screen while its panels are', async ({ page }) => {
  await page.goto('./widgets/');
  const train = await widget(page, 'train');
  const panels = train.locator('.panels');
  const bar = train.locator('[data-part="transport"]');
  await panels.scrollIntoViewIfNeeded();
  // Scroll so the top of the panels is at the top of the screen: the step bar is far below them.
  await panels.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top));
  await expect(panels).toBeInViewport();
  await expect(bar).toBeInViewport({ ratio: 1 });
  const forward = bar.getByRole('button', { name: 'Next update' });
  await forward.click();
  await expect(train).toHaveAttribute('data-k', '1');
});

test('a link to a state scrolls to the widget it sets and focuses it', async ({ page }) => {
  await page.goto(`${LESSON}?inversion.alpha=0.2&inversion.k=4`);
  const inv = await widget(page, 'inversion');
  await expect(inv).toBeFocused();
  await expect(inv.locator('.panels')).toBeInViewport();
  await expect(inv).toHaveAttribute('data-k', '4');
  // The widget's keys work at once.
  await page.keyboard.press('ArrowRight');
  await expect(inv).toHaveAttribute('data-k', '5');
});

test('an equation too wide for a phone shows the scroll cue on the box that scrolls', async ({ page }) => {
  await page.goto('./lessons/choosing-alpha-and-n/');
  const inv = await widget(page, 'inv-regimes');
  // The live equation of the diverging run is wider than 360 px: something inside it scrolls.
  const cues = await inv
    .locator('.equation, .equation *')
    .evaluateAll((els) =>
      els
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
        .map((el) => getComputedStyle(el).backgroundImage),
    );
  expect(cues.length).toBeGreaterThan(0);
  for (const cue of cues) expect(cue).toContain('radial-gradient');
});

test('the digits charts keep their digits and axis note at least 11 px on a phone', async ({ page }) => {
  await page.goto('./lessons/classifying-digits-by-inversion/');
  const inv = await widget(page, 'digit-invert');
  const sizes = await inv
    .locator(':is(.weight-bars, .line-chart) text')
    .evaluateAll((texts) =>
      texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).getScreenCTM()?.a ?? 0)),
    );
  expect(sizes.length).toBe(11);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
});

for (const { lesson, id } of [
  { lesson: 'prediction-is-an-inversion', id: 'inversion' },
  { lesson: 'when-unrolled-gradients-explode', id: 'explode' },
]) {
  test(`on a phone the ${id} figure fills the width with its labels at 14 px, not shrunk to fit the height`, async ({
    page,
  }) => {
    await page.goto(`./lessons/${lesson}/`);
    const root = await widget(page, id);
    const svg = root.locator('.stage svg.figure').first();
    const [shown, room] = await svg.evaluate((el) => [
      el.getBoundingClientRect().width,
      (el.parentElement as HTMLElement).clientWidth,
    ]);
    // Before: the stage's height cap showed the figure at 259 of 326 px (227 for the map), text at 9.7 to 11 px.
    expect(shown).toBeGreaterThan(room * 0.95);
    const smallest = await svg.evaluate((el) =>
      Math.min(
        ...[...el.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.textContent?.trim() && t.getBoundingClientRect().width > 0)
          // hypot: the y axis title is turned a quarter, its matrix's a is 0.
          .map(
            (t) =>
              parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM()?.a ?? 0, t.getScreenCTM()?.b ?? 0),
          ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(13);
  });
}

test("on a phone the implicit limit's floor note ends inside its plot", async ({ page }) => {
  await page.goto('./lessons/the-implicit-limit/');
  const root = await widget(page, 'neumann');
  const note = root.locator('.rm-note');
  await expect(note).toHaveText(/^floor: /);
  const svg = note.locator('xpath=ancestor::*[local-name()="svg"][1]');
  const [text, plot] = await Promise.all([note.boundingBox(), svg.locator('.axis-x .domain').boundingBox()]);
  // At 14 px it ran past the plot's right edge and was clipped ('…to roundinc').
  expect(text!.x + text!.width).toBeLessThanOrEqual(plot!.x + plot!.width + 1);
  expect(text!.height).toBeGreaterThanOrEqual(11);
});
