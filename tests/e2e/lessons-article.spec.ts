import { expect, test, type Locator, type Page } from '../support/fixtures';

/**
 * Lessons 1–6 (the article's derivation): every "try this" button puts its widget into the
 * state its prompt describes, and every exercise accepts the right answer and rejects a wrong one.
 */

/** The widget root once it has mounted. */
async function widget(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`#${id}`);
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

/** The value cell of the readout row whose header matches `row`. */
function readout(root: Locator, row: string | RegExp): Locator {
  return root.locator('[data-part="readout"] tr', { has: root.page().locator('th', { hasText: row }) }).locator('td');
}

async function tryThis(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name }).click();
}

/** Types `right` then `wrong` into exercise `id` and checks the feedback each time. */
async function checkExercise(page: Page, id: string, right: string, wrong: string): Promise<void> {
  const box = page.locator(`#${id}`);
  const input = box.getByRole('textbox', { name: 'Your answer' });
  const feedback = box.getByRole('status');
  await input.fill(wrong);
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toHaveText(/^Not quite/);
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await input.fill(right);
  await box.getByRole('button', { name: 'Check' }).click();
  await expect(feedback).toHaveText(/^Right/);
  await expect(feedback).toHaveAttribute('data-correct', 'true');
  await expect(box.locator('details.working')).toHaveAttribute('open', '');
}

test.describe('lesson 1: what an inverse problem is', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./lessons/what-is-an-inverse-problem/');
  });

  test('observe x = 6: the descent ends at the cause y = 5', async ({ page }) => {
    const root = await widget(page, 'recap');
    await expect(page.locator('#recap-x')).toHaveValue('0');
    await tryThis(page, /Try this: observe x = 6/);
    await expect(page.locator('#recap-x')).toHaveValue('6');
    await expect(root).toHaveAttribute('data-k', '20');
    // 20 steps from y₀ = 8 leave 3·0.6²⁰ ≈ 1.1e−4 of the error.
    await expect(readout(root, 'g(n)')).toHaveText('5.0001');
  });

  test('the cubic model finds √3 from y₀ = 2 and −√3 from y₀ = −2', async ({ page }) => {
    const root = await widget(page, 'recap');
    await tryThis(page, /Try this: a curved model y³ − 3y, started at y₀ = 2/);
    await expect(root).toHaveAttribute('data-k', '100');
    await expect(readout(root, 'g(n)')).toHaveText('1.7321');
    await tryThis(page, /Try this: the same curved model, started at y₀ = −2/);
    await expect(page.locator('#recap-y0')).toHaveValue('-2');
    await expect(readout(root, 'g(n)')).toHaveText('−1.7321');
  });

  test('exercise: the cause of x = 6', async ({ page }) => {
    await checkExercise(page, 'ex-inverse-six', '5', '3');
  });
});

test.describe('lesson 2: prediction is an inversion', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./lessons/prediction-is-an-inversion/');
  });

  test('new random start draws y₀ in [−10, 10] and keeps α', async ({ page }) => {
    const root = await widget(page, 'inversion');
    const y0 = page.locator('#inversion-y0');
    await expect(y0).toHaveValue('8');
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await tryThis(page, /New random start/);
      await expect(root).toHaveAttribute('data-k', '0');
      const v = Number(await y0.inputValue());
      expect(v).toBeGreaterThanOrEqual(-10);
      expect(v).toBeLessThanOrEqual(10);
      seen.add(String(v));
    }
    expect(seen.size > 1 || !seen.has('8')).toBe(true);
    await expect(page.locator('#inversion-alpha')).toHaveValue('0.05');
    await expect(root).toHaveAttribute('data-tone', 'converging');
  });

  const alphas: [RegExp, string, string][] = [
    [/Try this: a larger step, α = 0.2/, '0.2', 'oscillating'],
    [/Try this: α = 0.125, so that c = 0/, '0.125', 'converging'],
    [/Try this: make the step too large \(α = 0.3\)/, '0.3', 'diverging'],
    [/Try this: a tiny step, α = 0.01/, '0.01', 'converging'],
  ];
  for (const [name, alpha, tone] of alphas) {
    test(`α = ${alpha} reads "${tone}"`, async ({ page }) => {
      const root = await widget(page, 'inversion');
      await tryThis(page, name);
      await expect(page.locator('#inversion-alpha')).toHaveValue(alpha);
      await expect(page.locator('#inversion-y0')).toHaveValue('8');
      await expect(root).toHaveAttribute('data-tone', tone);
      await expect(root.locator('[data-part="badge"]')).toContainText(new RegExp(tone, 'i'));
    });
  }

  test('exercises: g(2) from y₀ = 0 and the factor c at α = 0.2', async ({ page }) => {
    await checkExercise(page, 'ex-g2', '1.28', '1.2');
    await checkExercise(page, 'ex-c', '−0.6', '0.6');
  });
});

test.describe('lesson 3: training is the inverse of predicting', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./lessons/training-is-the-inverse-of-predicting/');
  });

  test('the article run ends at (1.99993, −3.99985)', async ({ page }) => {
    const root = await widget(page, 'training');
    await expect(root).toHaveAttribute('data-k', '0');
    await tryThis(page, /Try this: jump to the last update/);
    await expect(root).toHaveAttribute('data-k', '2500');
    await expect(readout(root, /^a$/)).toHaveText('1.999927');
    await expect(readout(root, /^b$/)).toHaveText('−3.999854');
  });

  test('β = 0.02 converges within the 2500 updates', async ({ page }) => {
    const root = await widget(page, 'training');
    await tryThis(page, /Try this: four times the learning rate, β = 0.02/);
    await expect(page.locator('#training-beta')).toHaveValue('0.02');
    await expect(root).toHaveAttribute('data-tone', 'converged');
  });

  test('a₀ = 0.6 ends stuck on the clamp a = 0.5', async ({ page }) => {
    const root = await widget(page, 'training');
    await tryThis(page, /Try this: start training from a₀ = 0.6/);
    await expect(page.locator('#training-a0')).toHaveValue('0.6');
    await expect(root).toHaveAttribute('data-k', '2500');
    await expect(readout(root, /^a$/)).toHaveText('0.500000');
  });

  test('exercises: dg(1)/db and dg(2)/db', async ({ page }) => {
    await checkExercise(page, 'ex-dgb1', '-0.27', '0.27');
    await checkExercise(page, 'ex-dgb2', '-0.3432', '-0.27');
  });
});

test.describe('lesson 4: inside one θ update', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./lessons/inside-one-theta-update/');
  });

  test('M = 20 changes ∂T/∂a at update 0 in the fourth digit', async ({ page }) => {
    const root = await widget(page, 'inside');
    await expect(readout(root, '∂T/∂a')).toHaveText('−6.704248');
    await tryThis(page, /Try this: differentiate through all 20 inner steps/);
    await expect(page.locator('#inside-M')).toHaveValue('20');
    await expect(root).toHaveAttribute('data-k', '0');
    await expect(readout(root, '∂T/∂a')).toHaveText('−6.706295');
  });

  test('N = M = 100 learns the true line', async ({ page }) => {
    const root = await widget(page, 'inside');
    await tryThis(page, /Try this: predict and differentiate with 100 inner steps/);
    await expect(page.locator('#inside-N')).toHaveValue('100');
    await expect(page.locator('#inside-M')).toHaveValue('100');
    await expect(root).toHaveAttribute('data-k', '2500');
    await expect(readout(root, /^a$/)).toHaveText('2.000000');
    await expect(readout(root, /^b$/)).toHaveText('−4.000000');
  });

  test('exercise: dg(10)/db at (2, −4)', async ({ page }) => {
    await checkExercise(page, 'ex-dgb10', '-0.497', '-0.5');
  });
});

test.describe('lesson 5: the generative direction', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./lessons/the-generative-direction/');
  });

  test('generate from y = −3 under the learned θ', async ({ page }) => {
    const root = await widget(page, 'latent');
    await tryThis(page, /Try this: generate from y = −3/);
    await expect(page.locator('#latent-y')).toHaveValue('-3');
    await expect(root).toHaveAttribute('data-k', '2500');
    await expect(readout(root, 'latent y')).toHaveText('−3.00');
    await expect(readout(root, 'truth')).toHaveText('−10.0000');
    await expect(readout(root, 'under θ(k)')).toHaveText('−9.9996');
  });

  test('θ after only 100 updates generates a poor point', async ({ page }) => {
    const root = await widget(page, 'latent');
    await tryThis(page, /Try this: use θ after only 100 updates/);
    await expect(page.locator('#latent-epochs')).toHaveValue('100');
    await expect(root).toHaveAttribute('data-k', '100');
    await expect(readout(root, 'under θ(k)')).not.toHaveText('−2.0000');
  });

  test('exercise: x from y = 2.5', async ({ page }) => {
    await checkExercise(page, 'ex-generate', '1', '-1');
  });
});

test.describe('lesson 6: the article’s code, fixed', () => {
  test('the solver source is shown and the exercise checks g(3)', async ({ page }) => {
    await page.goto('./lessons/the-articles-code-fixed/');
    await expect(page.locator('pre.astro-code').filter({ hasText: 'export function linearRecursion' })).toHaveCount(1);
    await expect(page.locator('pre.astro-code').filter({ hasText: 'function forward(' })).toHaveCount(1);
    await checkExercise(page, 'ex-descend', '1.568', '1.28');
  });
});
