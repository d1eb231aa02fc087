import { test, expect, type Page } from '../support/fixtures';
import { expectNoAxeViolations } from '../support/pages';
import { facts as choosing } from '../../content/lessons/choosing-alpha-and-n.facts.ts';
import { facts as clamp } from '../../content/lessons/the-clamp.facts.ts';
import { facts as noise } from '../../content/lessons/noisy-data.facts.ts';
import { facts as truncation } from '../../content/lessons/why-not-exactly-two.facts.ts';
import { facts as gradients } from '../../content/lessons/four-ways-to-the-gradient.facts.ts';
import { facts as lesson13 } from '../../content/lessons/when-the-inverse-is-not-unique.facts.ts';

const { implicitGapTable } = gradients;
const { cubicRoots } = lesson13;

/** Every "try this" button of lessons 7–13: [slug, label pattern, widget id, expected data-k or 'end']. */
const TRY: [string, RegExp, string][] = [
  ['choosing-alpha-and-n', /α = 0.05 \(monotone\)/, 'inv-regimes'],
  ['choosing-alpha-and-n', /α = 0.125/, 'inv-regimes'],
  ['choosing-alpha-and-n', /α = 0.2 \(oscillating/, 'inv-regimes'],
  ['choosing-alpha-and-n', /α = 0.3 \(diverging\)/, 'inv-regimes'],
  ['choosing-alpha-and-n', /for 31 steps/, 'inv-regimes'],
  ['why-not-exactly-two', /the article: N = 20/, 'train-trunc'],
  ['why-not-exactly-two', /N = 10/, 'train-trunc'],
  ['why-not-exactly-two', /N = 40/, 'train-trunc'],
  ['why-not-exactly-two', /too few: N = 5/, 'train-trunc'],
  ['the-clamp', /article's start, clamp on/, 'train-clamp'],
  ['the-clamp', /a₀ = 0.3, clamp on/, 'train-clamp'],
  ['the-clamp', /a₀ = 0.3, clamp off/, 'train-clamp'],
  ['momentum', /plain descent on a flat loss/, 'inv-momentum'],
  ['momentum', /Nesterov, μ = 0.9/, 'inv-momentum'],
  ['momentum', /ringing/, 'inv-momentum'],
  ['momentum', /momentum with the article's β/, 'train-momentum'],
  ['momentum', /momentum with β = 0.001/, 'train-momentum'],
  ['momentum', /Adam with β = 0.05/, 'train-momentum'],
  ['noisy-data', /no noise/, 'train-noise'],
  ['noisy-data', /σ = 0.5, seed 1$/, 'train-noise'],
  ['noisy-data', /σ = 0.5, seed 2/, 'train-noise'],
  ['noisy-data', /50 samples/, 'train-noise'],
  ['four-ways-to-the-gradient', /M = 10 of N = 20/, 'train-grads'],
  ['four-ways-to-the-gradient', /M = 2 steps/, 'train-grads'],
  ['four-ways-to-the-gradient', /implicit gradient/, 'train-grads'],
  ['when-the-inverse-is-not-unique', /y₀ = −2/, 'inv-cubic'],
  ['when-the-inverse-is-not-unique', /y₀ = 0.5/, 'inv-cubic'],
  ['when-the-inverse-is-not-unique', /start at y₀ = 2/, 'inv-cubic'],
  ['when-the-inverse-is-not-unique', /exactly at y₀ = 1/, 'inv-cubic'],
  ['when-the-inverse-is-not-unique', /x = 3: no inverse/, 'inv-tanh'],
  ['when-the-inverse-is-not-unique', /x = 1.5/, 'inv-tanh'],
  ['when-the-inverse-is-not-unique', /cubic with α = 0.05/, 'train-nonlinear'],
  ['when-the-inverse-is-not-unique', /cubic with α = 0.001/, 'train-nonlinear'],
  ['when-the-inverse-is-not-unique', /tanh with the article's settings/, 'train-nonlinear'],
];

/** Buttons that return a widget to its defaults at step 0, which leave nothing in the URL. */
const DEFAULT_STATE = /M = 10 of N = 20/;

async function open(page: Page, slug: string): Promise<void> {
  await page.goto(`./lessons/${slug}/`);
  await expect(page.locator('[data-widget]:not([data-widget="exercise"])').first()).toHaveAttribute(
    'data-ready',
    'true',
  );
}

test.describe('try-this buttons of lessons 7–13', () => {
  for (const [slug, label, id] of TRY) {
    test(`${slug}: ${label.source}`, async ({ page }) => {
      await open(page, slug);
      const widget = page.locator(`#${id}`);
      await expect(widget).toHaveAttribute('data-ready', 'true');
      await page.getByRole('button', { name: new RegExp(`Try this: .*${label.source}`) }).click();
      await expect(widget).toHaveAttribute('data-ready', 'true');
      // The widget shows a step; a state other than the widget's defaults is in the URL under its own id.
      await expect(widget).toHaveAttribute('data-k', /\d+/);
      if (!DEFAULT_STATE.test(label.source)) await expect.poll(() => page.url()).toContain(`${id}.`);
    });
  }
});

test('lesson 7: α = 0.3 diverges and α = 0.05 converges', async ({ page }) => {
  await open(page, 'choosing-alpha-and-n');
  const widget = page.locator('#inv-regimes');
  await page.getByRole('button', { name: /Try this: α = 0.3/ }).click();
  await expect(widget).toHaveAttribute('data-tone', /diverg|bad/);
  await page.getByRole('button', { name: /Try this: the article's step/ }).click();
  await expect(widget).not.toHaveAttribute('data-tone', /diverg|bad/);
});

/** Every exercise: [slug, exercise id, right answer, a wrong answer]. */
const EXERCISES: [string, string, string, string][] = [
  ['choosing-alpha-and-n', 'ex-steps-alpha', String(choosing.exerciseSteps), '31'],
  ['why-not-exactly-two', 'ex-trunc-a', truncation.n10.a.toFixed(5), '2'],
  ['the-clamp', 'ex-clamp-c', clamp.cSmall.toFixed(3), '0.6'],
  ['momentum', 'ex-momentum-flat', String(clamp.stepsSmall), '31'],
  ['noisy-data', 'ex-noise-T', noise.first.bestT.toFixed(3), '0'],
  ['four-ways-to-the-gradient', 'ex-fd-runs', '4', '2'],
  ['four-ways-to-the-gradient', 'ex-implicit-gap', implicitGapTable[0]!.forward.toFixed(2), '0'],
  ['when-the-inverse-is-not-unique', 'ex-cubic-root', (cubicRoots[2] as number).toFixed(3), '-1.532'],
];

test.describe('exercises of lessons 7–13', () => {
  for (const [slug, id, right, wrong] of EXERCISES) {
    test(`${slug}: ${id} says not quite, then right`, async ({ page }) => {
      await page.goto(`./lessons/${slug}/`);
      const ex = page.locator(`#${id}`);
      await ex.getByRole('textbox', { name: 'Your answer' }).fill(wrong);
      await ex.getByRole('button', { name: 'Check' }).click();
      await expect(ex.getByRole('status')).toContainText('Not quite');
      await ex.getByRole('textbox', { name: 'Your answer' }).fill(right);
      await ex.getByRole('button', { name: 'Check' }).click();
      await expect(ex.getByRole('status')).toContainText('Right');
    });
  }
});

test.describe('the notation and teachers pages', () => {
  for (const path of ['notation/', 'teachers/']) {
    test(`${path} has a heading and passes axe`, async ({ page }) => {
      await page.goto(`./${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
  test('notation says part 1 swaps x and y', async ({ page }) => {
    await page.goto('./notation/');
    await expect(page.getByText(/part 1\s+of the series calls the observation/)).toBeVisible();
  });
});

test('lessons 7–13 follow each other in order', async ({ page }) => {
  const order = [
    'choosing-alpha-and-n',
    'why-not-exactly-two',
    'the-clamp',
    'momentum',
    'noisy-data',
    'four-ways-to-the-gradient',
    'when-the-inverse-is-not-unique',
  ];
  for (let i = 0; i + 1 < order.length; i++) {
    await page.goto(`./lessons/${order[i]}/`);
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`lessons/${order[i + 1]}/$`));
  }
});
