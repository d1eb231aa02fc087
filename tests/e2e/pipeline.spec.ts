import { readFile } from 'node:fs/promises';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { computeTraining } from '../../components/widgets/training/compute';
import { defaults } from '../../components/widgets/runtime/params';
import { trainingTable } from '../../components/widgets/training/table';
import { fixed, readout, setParam, widget } from '../support/widgets';

/** T(θ0) of the training run for these changes to the defaults, as the readout prints it. */
const T0 = (changes: Record<string, unknown>) =>
  fixed(computeTraining({ ...defaults(trainingTable), ...changes } as never).result.history[0]!.T, 6);

/** Makes the worker's script fail to load; returns the pattern, for page.unroute. */
async function blockWorker(page: Page, name: string): Promise<RegExp> {
  const pattern = new RegExp(`/${name}\\.worker[^/]*\\.js`);
  await page.route(pattern, (route) => route.abort());
  return pattern;
}

/** The widget element with the pending measurement of {@link armStopLatency}. */
type Measured = HTMLElement & { stopLatency?: Promise<number> };

/**
 * Arms a measurement, in the page: milliseconds from the reader's next `kind` event (its timeStamp,
 * when the browser received the input, so a busy page cannot hide its own delay) to the widget's
 * busy box being hidden. Without the test driver's round trips, which a loaded CI machine stretches.
 * Returns the function that waits for the figure.
 */
async function armStopLatency(widget: Locator, kind: 'click' | 'keydown'): Promise<() => Promise<number>> {
  await widget.evaluate((el: Measured, type) => {
    const busy = el.querySelector<HTMLElement>('[data-part="busy"]')!;
    el.stopLatency = new Promise<number>((resolve) => {
      let pressed = NaN;
      document.addEventListener(type, (e) => (pressed = e.timeStamp), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!busy.hidden || Number.isNaN(pressed)) return;
        observer.disconnect();
        resolve(performance.now() - pressed);
      }).observe(busy, { attributes: true, attributeFilter: ['hidden'] });
    });
  }, kind);
  return () => widget.evaluate((el: Measured) => el.stopLatency ?? Promise.resolve(NaN));
}

test.describe('compute pipeline', () => {
  test('the latest request wins: tanh then linear within a second shows the linear run', async ({ page }) => {
    test.setTimeout(120_000);
    const heavy = { N: 200, M: 200, epochs: 5000 };
    const linearT = T0(heavy);
    const tanhT = T0({ ...heavy, model: 'tanh' });
    expect(linearT).toBe('11.646091');
    expect(tanhT).toBe('34.829193');
    await page.goto('./embed/training/?w.N=200&w.M=200&w.epochs=5000');
    const w = page.locator('#w');
    await expect(w).toHaveAttribute('data-ready', 'true', { timeout: 30_000 }); // a worker run, on a busy machine
    const model = w.getByLabel('Model f(y)');
    await model.selectOption('tanh');
    await page.waitForTimeout(300);
    await model.selectOption('linear');
    await expect(w).toHaveAttribute('aria-busy', 'false');
    // Long enough for the tanh run (about 6 s here) to have arrived had it not been stopped.
    await page.waitForTimeout(8000);
    await expect(w).toHaveAttribute('aria-busy', 'false');
    await expect(w.locator('[data-part="busy"]')).toBeHidden();
    expect((await readout(w))['T(θ)']).toBe(linearT);
    await expect(model).toHaveValue('linear');
    expect(page.url()).not.toContain('w.model=');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      w
        .locator('details.share summary')
        .click()
        .then(() => w.getByRole('button', { name: 'Run as CSV' }).click()),
    ]);
    const [header, first] = (await readFile((await download.path())!, 'utf8')).split('\n');
    const T = Number(first!.split(',')[header!.split(',').indexOf('T')]);
    expect(fixed(T, 6)).toBe(linearT);
  });

  test('a blocked training worker ends in a message; the controls stay alive', async ({ page }) => {
    await blockWorker(page, 'train');
    await page.goto('./embed/training/?w.model=tanh');
    const w = page.locator('#w');
    await expect(w).toHaveAttribute('data-wired', 'true');
    const message = w.locator('[data-part="run-message"]');
    await expect(message).toBeVisible({ timeout: 10_000 });
    await expect(message).toContainText('did not load');
    await expect(message.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(w).toHaveAttribute('aria-busy', 'false');
    // No run, so no numbers from the built page's (linear) opening state, and no "update 0 of 0".
    await expect(w.locator('[data-slot="a"]').first()).toHaveText('—');
    await expect(w.locator('[data-part="badge"]')).toBeEmpty();
    await expect(w.locator('.scrub-label')).not.toHaveText(/ 0 of 0$/);
    // The linear run is cheap enough to be computed without the worker.
    await w.getByLabel('Model f(y)').selectOption('linear');
    await expect(w).toHaveAttribute('data-ready', 'true');
    await expect(message).toBeHidden();
    expect((await readout(w))['T(θ)']).toBe(T0({}));
  });

  test('a blocked landscape worker says so and offers a retry', async ({ page }) => {
    const blocked = await blockWorker(page, 'landscape');
    await page.goto('./embed/training/');
    const w = await widget(page, 'w');
    const note = w.locator('[data-part="progress-note"]');
    await expect(note).toContainText('The landscape of T could not be computed', { timeout: 10_000 });
    await expect(w.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.unroute(blocked);
    await w.getByRole('button', { name: 'Try again' }).click();
    await expect(w.locator('[data-part="plane"] .contours path').first()).toBeAttached({ timeout: 20_000 });
    await expect(note).toHaveText('');
  });

  test('a heavy link is refused with the figure and what to lower; the page falls back to its own run', async ({
    page,
  }) => {
    const t0 = Date.now();
    await page.goto(
      './embed/training/?w.model=tanh&w.N=200&w.M=200&w.epochs=5000&w.method=finite-difference&w.count=50',
    );
    const w = await widget(page, 'w');
    const message = w.locator('[data-part="run-message"]');
    await expect(message).toContainText(/would take about \d+(\.\d)? min/);
    await expect(message).toContainText('Lower Inner steps N (now 200), Samples (now 50), Updates K (now 5,000)');
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect(w.getByLabel('Model f(y)')).toHaveValue('linear');
    expect((await readout(w))['T(θ)']).toBe(T0({}));
  });

  test('a long run asks first, reports progress, and Cancel or Esc stops it within a second', async ({ page }) => {
    await page.goto('./embed/training/?w.model=tanh&w.N=200&w.M=200&w.epochs=5000&w.method=reverse');
    const w = page.locator('#w');
    const message = w.locator('[data-part="run-message"]');
    await expect(message).toContainText('Compute it anyway');
    await w.getByRole('button', { name: 'Compute it anyway' }).click();
    const busy = w.locator('[data-part="busy"]');
    await expect(busy).toBeVisible();
    await expect(busy).toContainText(/\d+ %/, { timeout: 10_000 });
    let stopped = await armStopLatency(w, 'click');
    await busy.getByRole('button', { name: 'Cancel (Esc)' }).click();
    expect(await stopped()).toBeLessThan(1000);
    await expect(busy).toBeHidden();
    await expect(message).toContainText('cancelled');
    // Again, stopped by Esc this time.
    await message.getByRole('button', { name: 'Try again' }).click();
    await expect(busy).toBeVisible();
    await w.focus();
    stopped = await armStopLatency(w, 'keydown');
    await page.keyboard.press('Escape');
    expect(await stopped()).toBeLessThan(1000);
    await expect(busy).toBeHidden();
    await expect(w).toHaveAttribute('aria-busy', 'false');
  });

  test('typed numbers: U+2212, a plus, a decimal comma are read as meant; "0x10" is refused', async ({ page }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await setParam(inv, 'Start y₀', '−3');
    await expect(inv.getByRole('spinbutton', { name: 'Start y₀' })).toHaveValue('-3');
    expect((await readout(inv))['yₙ = g(n)']).toBe(fixed(-3));
    await setParam(inv, 'Start y₀', '+2,5');
    expect((await readout(inv))['yₙ = g(n)']).toBe(fixed(2.5));
    await setParam(inv, 'Observation x', '0x10');
    await expect(inv.getByText('“0x10” is not a number')).toBeVisible();
    await expect(inv.getByRole('spinbutton', { name: 'Observation x' })).toHaveAttribute('aria-invalid', 'true');
    await setParam(inv, 'Steps N', '1,000');
    await expect(inv.getByText('“1,000” is ambiguous')).toBeVisible();
    expect((await readout(inv))['yₙ = g(n)']).toBe(fixed(2.5));
  });
});

test('the opening figure stays until the first run is drawn: no frame shows empty axes or no figure', async ({
  page,
}) => {
  // Every frame from the page's first: for each panel of the two widgets at the top of the page,
  // is a figure shown, and is a shown live figure drawn (a path with data)?
  await page.addInitScript(() => {
    const w = window as unknown as { panelFrames: { frames: number; bad: string[] } };
    w.panelFrames = { frames: 0, bad: [] };
    const check = () => {
      const hosts = document.querySelectorAll(
        '#inv [data-part="plot"], #train :is([data-part="plot"], [data-part="plane"], [data-part="loss"])',
      );
      for (const host of hosts) {
        const opening = host.querySelector(':scope > .static-figure');
        const live = host.querySelector<SVGSVGElement>(':scope > svg.figure');
        const liveShown = live !== null && getComputedStyle(live).display !== 'none';
        if (liveShown && opening) w.panelFrames.bad.push(`${host.id}: both figures`);
        else if (!liveShown && !opening) w.panelFrames.bad.push(`${host.id}: no figure`);
        else if (liveShown && !live.querySelector('.plot path[d]')) w.panelFrames.bad.push(`${host.id}: empty axes`);
      }
      w.panelFrames.frames++;
      if (w.panelFrames.frames < 600) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto('./widgets/');
  await widget(page, 'inv');
  await widget(page, 'train');
  await expect(page.locator('#inv [data-part="plot"] > svg.figure')).toBeVisible();
  await expect(page.locator('#inv .static-figure')).toHaveCount(0);
  const seen = await page.evaluate(
    () => (window as unknown as { panelFrames: { frames: number; bad: string[] } }).panelFrames,
  );
  expect(seen.frames).toBeGreaterThan(1);
  expect(seen.bad).toEqual([]);
});

test.describe('lazy parts after a deployment or offline', () => {
  // Without the service worker: once it controls the page it serves the chunks from its precache
  // (tests/e2e/offline.spec.ts covers that), and these tests are about a chunk the network lacks.
  test.use({ serviceWorkers: 'block' });

  test('a chunk that fails to load reloads the page once, then says what to do', async ({ page }) => {
    await page.route(/\/stepInto\.[^/]*\.js/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./widgets/');
    let tr = await widget(page, 'train');
    await page.evaluate(() => sessionStorage.clear());
    const reloaded = page.waitForEvent('load');
    await tr.getByRole('button', { name: /^Step into update/ }).click();
    await reloaded;
    // The second failure within a minute does not loop: it says so.
    tr = await widget(page, 'train');
    await tr.getByRole('button', { name: /^Step into update/ }).click();
    await expect(tr.locator('[data-part="lazy-note"]')).toHaveText(
      'Step into could not be loaded (the site may have been updated). Reload the page to get the new version.',
    );
  });

  test('offline, a lazy panel says so instead of failing silently', async ({ page, context }) => {
    await page.goto('./widgets/');
    const tr = await widget(page, 'train');
    await context.setOffline(true);
    await tr.getByText('The four ways to get ∂T/∂θ at this update').click();
    await expect(tr.locator('[data-part="gradients-body"]')).toContainText('you are offline');
    await context.setOffline(false);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each widget shows its opening state: figures, numbers, "step k of N", and what needs the script', async ({
    page,
  }) => {
    await page.goto('./widgets/');
    for (const id of ['inv', 'train', 'latent']) {
      const w = page.locator(`#${id}`);
      await expect(w.locator('.static-figure svg').first()).toBeVisible();
      expect(await w.locator('.static-figure path').count()).toBeGreaterThan(1);
      await expect(w.locator('.no-js-note')).toContainText('need JavaScript');
      await expect(w.locator('.scrub-label')).not.toHaveText(/ 0 of 0$/);
      await expect(w.locator('[data-part="badge"] strong')).not.toBeEmpty();
      expect(Object.keys(await readout(w)).length).toBeGreaterThan(1);
      await expect(w.locator('.equation').first()).not.toContainText('□');
    }
    const train = page.locator('#train');
    const first = computeTraining(defaults(trainingTable) as never).result.history[0]!;
    expect((await readout(train))['T(θ)']).toBe(fixed(first.T, 6));
    await expect(train.locator('.scrub-label')).toHaveText('Update 0 of 2500');
    await expect(train.locator('[data-slot="a"]').first()).toHaveText(fixed(first.theta[0]!));
  });
});
