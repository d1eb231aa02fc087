import { test, expect, type Locator } from '@playwright/test';
import { articleTraining, train } from '../../src/solver/index.ts';
import { formatSig } from '../../src/words/format.ts';
import { defaults } from '../../components/widgets/runtime/params';
import { FALLBACK_MS, trainingEstimate } from '../../components/widgets/training/cost';
import { trainingTable } from '../../components/widgets/training/table';
import { expectNoAxeViolations } from '../support/pages';
import { fixed, readout, widget } from '../support/widgets';

/** Your own data (issue 17): the training widget's points are dragged, added, removed and linked. */
const article = articleTraining();
const runOn = (y: number[], x: number[], epochs: number) => train({ ...article, data: { x, y }, epochs }).history;
const handles = (root: Locator) => root.locator('.data-handle');

test('dragging a data point with the mouse changes T and the URL', async ({ page }) => {
  await page.goto('./widgets/?train.epochs=100');
  const tr = await widget(page, 'train');
  const before = (await readout(tr))['T(θ)'];
  expect(before).toBe(fixed(runOn([-2, -1, 0, 1, 2], [-8, -6, -4, -2, 0], 100)[0]!.T, 6));
  const point = handles(tr).nth(4);
  await expect(point).toHaveAccessibleName(/^Point 5 of 5: y = 2, x = 0\./);
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 10, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 20, box.y + box.height / 2 + 60, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/train\.data=-2%3A-8%2C-1%3A-6%2C0%3A-4%2C1%3A-2%2C1\.\d+%3A-\d/);
  const moved = new URL(page.url()).searchParams.get('train.data')!;
  const [y, x] = moved.split(',')[4]!.split(':').map(Number) as [number, number];
  expect(y).toBeLessThan(2);
  expect(x).toBeLessThan(0);
  const expected = runOn([-2, -1, 0, 1, y], [-8, -6, -4, -2, x], 100)[0]!.T;
  await expect(tr.locator('[data-part="readout"]')).toContainText(fixed(expected, 6));
  expect((await readout(tr))['T(θ)']).not.toBe(before);
  await expect(tr.locator('[data-part="data-status"]')).toContainText(`T at update 0 is now`);
  // "Reset data" returns to the lesson's five pairs.
  await tr.getByRole('button', { name: 'Reset data' }).click();
  await expect(page).not.toHaveURL(/train\.data=/);
  await expect(tr.locator('[data-part="readout"]')).toContainText(before!);
});

test('a point is added, moved and removed by keyboard, and the new T is announced', async ({ page }) => {
  await page.goto('./widgets/?train.epochs=100');
  const tr = await widget(page, 'train');
  await tr.getByRole('button', { name: 'Add a point' }).focus();
  await page.keyboard.press('Enter');
  // The new point sits in the widest gap (all are 1 wide: the first, from the edge y = −3 to
  // y = −2), at its neighbour's x, and takes the focus.
  const added = handles(tr).nth(5);
  await expect(added).toBeFocused();
  await expect(added).toHaveAccessibleName(/^Point 6 of 6: y = −2\.5, x = −8\./);
  await expect(page).toHaveURL(/train\.data=[^&]*%2C-2\.5%3A-8(&|$)/);
  const six = runOn([-2, -1, 0, 1, 2, -2.5], [-8, -6, -4, -2, 0, -8], 100)[0]!.T;
  const status = tr.locator('[data-part="data-status"]');
  await expect(status).toHaveText(`Point 6 added at y = −2.5, x = −8. T at update 0 is now ${formatSig(six, 4)}.`);
  await page.keyboard.press('ArrowUp');
  await expect(added).toHaveAccessibleName(/^Point 6 of 6: y = −2\.5, x = −7\.8\./);
  await expect(page).toHaveURL(/-2\.5%3A-7\.8(&|$)/);
  // The arrow moved the point, not the widget's step.
  expect(await tr.getAttribute('data-k')).toBe('0');
  await page.keyboard.press('Delete');
  await expect(handles(tr)).toHaveCount(5);
  await expect(status).toContainText('Point 6 removed; 5 points left. T at update 0 is now');
  await expect(handles(tr).nth(4)).toBeFocused();
  await expectNoAxeViolations(page, '#train');
});

test('a link with custom data shows those points and trains on them', async ({ page }) => {
  await page.goto('./widgets/?train.epochs=100&train.k=100&train.data=-2:-7,-0.5:-5.5,1:-1,2.5:1.5');
  const tr = await widget(page, 'train');
  await expect(handles(tr)).toHaveCount(4);
  await expect(handles(tr).nth(1)).toHaveAccessibleName(/^Point 2 of 4: y = −0\.5, x = −5\.5\./);
  const history = runOn([-2, -0.5, 1, 2.5], [-7, -5.5, -1, 1.5], 100);
  const r = await readout(tr);
  expect(r.a).toBe(fixed(history[100]!.theta[0]!, 6));
  expect(r.b).toBe(fixed(history[100]!.theta[1]!, 6));
  expect(r['T(θ)']).toBe(fixed(history[100]!.T, 6));
  await expect(tr.getByRole('textbox', { name: /Your data/ })).toHaveValue('-2:-7,-0.5:-5.5,1:-1,2.5:1.5');
  await expect(tr.getByRole('button', { name: 'Reset data' })).toBeVisible();
});

test('degenerate data gets a message naming the problem and what is allowed', async ({ page }) => {
  await page.goto('./widgets/?train.epochs=100&train.data=1:2,1:5');
  const tr = await widget(page, 'train');
  const notice = tr.locator('[data-part="notice"]');
  await expect(notice).toContainText('All points sit at the same y = 1: the slope a cannot be learned from them.');
  // The lesson's five pairs are shown instead, and the figure is whole.
  await expect(handles(tr)).toHaveCount(5);
  await expect(tr.locator('.pairs rect')).toHaveCount(5);
  await page.goto('./widgets/?train.epochs=100&train.data=0:0,9:1');
  const tr2 = await widget(page, 'train');
  await expect(tr2.locator('[data-part="notice"]')).toContainText(
    'Point 2 has y = 9, far outside the plotted range: y must be from −3 to 3.',
  );
  await page.goto('./widgets/?train.epochs=100&train.data=0:0');
  await expect((await widget(page, 'train')).locator('[data-part="notice"]')).toContainText(
    'One point is not enough to learn a and b: at least 2 are needed.',
  );
  // Removing a point from two is refused in words, and both points stay.
  await page.goto('./widgets/?train.epochs=100&train.data=-1:-6,1:-2');
  const tr3 = await widget(page, 'train');
  await handles(tr3).first().focus();
  await page.keyboard.press('Delete');
  await expect(tr3.locator('[data-part="data-status"]')).toContainText('One point is not enough');
  await expect(handles(tr3)).toHaveCount(2);
});

test.describe('a failed run, a missing chunk', () => {
  // Without the service worker, whose precache would serve the script or chunk the network lacks.
  test.use({ serviceWorkers: 'block' });

  test('an edit whose run fails puts the points back at the data of the run on screen, and says so', async ({
    page,
  }) => {
    // Offline after a deployment: the worker's script does not load, so only runs the page can
    // compute itself (estimated up to FALLBACK_MS) arrive. tanh with 259 updates: the lesson's five
    // points are below that, six points above it.
    const values = { ...defaults(trainingTable), model: 'tanh', epochs: 259 };
    expect(trainingEstimate(values).ms).toBeLessThanOrEqual(FALLBACK_MS);
    const sixPoints = '-2:-8,-1:-6,0:-4,1:-2,2:0,2.5:0';
    expect(trainingEstimate({ ...values, data: sixPoints }).ms).toBeGreaterThan(FALLBACK_MS);
    await page.route(/\/train\.worker[^/]*\.js/, (route) => route.abort());
    await page.goto('./widgets/?train.model=tanh&train.epochs=259');
    const tr = await widget(page, 'train');
    await expect(handles(tr)).toHaveCount(5);
    const before = (await readout(tr))['T(θ)'];
    const names = await handles(tr).evaluateAll((hs) => hs.map((h) => h.getAttribute('aria-label')));
    await tr.getByRole('button', { name: 'Add a point' }).focus();
    await page.keyboard.press('Enter');
    await expect(tr.locator('[data-part="run-message"]')).toContainText('did not load');
    // The run on screen is still the five points' run, and so are the points.
    await expect(tr.locator('[data-part="data-status"]')).toHaveText(
      /^Point 6 added at y = −2\.5, x = −?[\d.]+\. Its run was not computed, so the points are back at the data of the run on screen\.$/,
    );
    await expect(handles(tr)).toHaveCount(5);
    expect(await handles(tr).evaluateAll((hs) => hs.map((h) => h.getAttribute('aria-label')))).toEqual(names);
    await expect(tr.locator('.pairs rect')).toHaveCount(5);
    expect((await readout(tr))['T(θ)']).toBe(before);
    await expect(page).not.toHaveURL(/train\.data=/);
    await expect(tr.getByRole('button', { name: 'Reset data' })).toBeHidden();
    // The focus stays on a point, not lost with the removed one.
    await expect(handles(tr).nth(4)).toBeFocused();
  });

  test('"Add a point" pressed while the editor still loads is not lost', async ({ page }) => {
    // A slow network: the editor's chunk is held back until the button has been pressed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/dataEditor\.[^/]*\.js/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./widgets/?train.epochs=100');
    const tr = await widget(page, 'train');
    await tr.getByRole('button', { name: 'Add a point' }).focus();
    await page.keyboard.press('Enter');
    await expect(handles(tr)).toHaveCount(0);
    release();
    await expect(handles(tr)).toHaveCount(6);
    await expect(handles(tr).nth(5)).toHaveAccessibleName(/^Point 6 of 6: y = −2\.5, x = −8\./);
    await expect(page).toHaveURL(/train\.data=[^&]*%2C-2\.5%3A-8(&|$)/);
  });

  test('its chunk is loaded once the widget is near, and a chunk that cannot load says so', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (/\/dataEditor\.[^/]*\.js/.test(r.url())) requested.push(r.url());
    });
    await page.goto('./widgets/');
    await widget(page, 'train');
    // The training widget is below the first screen: its editor has not been asked for yet.
    expect(requested).toEqual([]);
    await expect(handles(page.locator('#train'))).toHaveCount(0);
    await page.locator('#train [data-part="plot"]').scrollIntoViewIfNeeded();
    await expect(handles(page.locator('#train'))).toHaveCount(5);
    expect(requested).toHaveLength(1);
    // A deployment removed the chunk (and the page was reloaded for it a moment ago): the reader is told.
    await page.route(/\/dataEditor\.[^/]*\.js/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.evaluate(() => sessionStorage.setItem('unrolled:chunk-reload', String(Date.now())));
    await page.goto('./widgets/?train.epochs=100');
    const tr = await widget(page, 'train');
    await expect(tr.locator('[data-part="data-status"]')).toHaveText(
      'Moving the data points could not be loaded (the site may have been updated). Reload the page to get the new version.',
    );
    await expect(handles(tr)).toHaveCount(0);
  });
});
