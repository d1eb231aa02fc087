import { test, expect } from '../support/fixtures';
import { readFileSync } from 'node:fs';
import { invert } from '../../src/solver/index.ts';
import { KINDS } from '../../components/widgets/registry';
import { pagePaths } from '../support/dist';
import { expectNoAxeViolations, watchErrors } from '../support/pages';
import { widget } from '../support/widgets';

const LESSON = './lessons/prediction-is-an-inversion/';

test.describe('presenter mode', () => {
  test('shows one section at projector size; clicker keys move the widget through its milestones, then the sections; Esc leaves', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Present (P)' }).click();
    await expect(page.locator('html')).toHaveClass(/presenting/);
    const status = page.getByRole('status').filter({ hasText: /^Section \d+ of \d+$/ });
    await expect(status).toHaveText(/^Section 1 of /);
    const size = await page
      .locator('article.lesson p:visible')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    // Advance section by section until one shows a widget.
    let shown = page.locator('article.lesson [data-widget="inversion"]:visible');
    for (let i = 0; i < 12 && (await shown.count()) === 0; i++) await page.keyboard.press('PageDown');
    shown = page.locator('article.lesson [data-widget="inversion"]:visible').first();
    await expect(shown).toBeVisible();
    const section = await status.textContent();
    const k0 = Number(await shown.getAttribute('data-k'));
    // The first press brings the widget (figure, equation, badge) onto the screen as it opens.
    await page.keyboard.press('PageDown');
    await expect(shown).toHaveAttribute('data-k', String(k0));
    await expect(shown.locator('[data-part="badge"]')).toBeInViewport({ ratio: 1 });
    // Then the clicker moves it through the milestones of its run.
    const marks = ((await shown.getAttribute('data-milestones')) ?? '').split(' ').map(Number);
    const next = marks.find((m) => m > k0) as number;
    await page.keyboard.press('PageDown');
    await expect(shown).toHaveAttribute('data-k', String(next));
    await expect(status).toHaveText(section ?? '');
    await page.keyboard.press('PageUp');
    await expect(shown).toHaveAttribute('data-k', String(k0));
    // Past the widget's last milestone the clicker moves on to the next section.
    await page.keyboard.press('End');
    await expect(shown).toHaveAttribute('data-k', String(Number(await shown.getAttribute('data-count')) - 1));
    await page.keyboard.press('ArrowRight');
    await expect(status).not.toHaveText(section ?? '');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/presenting/);
    await expect(page.locator('article.lesson h2').first()).toBeVisible();
  });

  test('on the projector no tick label sticks out of its figure, and the implicit limit shows its two panels side by side', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./lessons/the-implicit-limit/');
    await widget(page, 'neumann');
    await page.getByRole('button', { name: 'Present (P)' }).click();
    await expect(page.locator('html')).toHaveClass(/presenting/);
    const shown = page.locator('article.lesson [data-widget="research-neumann"]:visible');
    for (let i = 0; i < 25 && (await shown.count()) === 0; i++) await page.keyboard.press('PageDown');
    await expect(shown).toBeVisible();
    await page.keyboard.press('PageDown');
    const figures = shown.locator('svg.figure');
    await expect(figures).toHaveCount(2);
    // Side by side: the second panel starts to the right of the first, at about the same height.
    await expect
      .poll(async () => {
        const [a, b] = [await figures.nth(0).boundingBox(), await figures.nth(1).boundingBox()];
        return a && b ? b.x >= a.x + a.width - 1 && Math.abs(b.y - a.y) < 40 : false;
      })
      .toBe(true);
    const outside = await shown.evaluate((w) =>
      [...w.querySelectorAll<SVGSVGElement>('svg.figure')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.axis text')]
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
          .map(({ text }) => text);
      }),
    );
    expect(outside).toEqual([]);
  });
});

test.describe('embeds', () => {
  for (const kind of KINDS) {
    test(`/embed/${kind}/ shows its widget alone and passes axe`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./embed/${kind}/`);
      await widget(page, 'w');
      await expect(page.locator('[data-widget]:not([data-widget="exercise"])')).toHaveCount(1);
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  test('an embed takes the same URL state, and lesson widgets offer the iframe code', async ({ page }) => {
    await page.goto('./embed/inversion/?w.alpha=0.2&w.k=3');
    const w = await widget(page, 'w');
    await expect(w).toHaveAttribute('data-k', '3');
    await expect(w.getByRole('spinbutton', { name: 'Step size α' })).toHaveValue('0.2');
    await page.goto('./widgets/?inv.alpha=0.2&inv.k=3');
    const inv = await widget(page, 'inv');
    await inv.getByText('Share, embed and export').click();
    const code = await inv.getByRole('textbox', { name: /Embed this widget/ }).inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/inversion\/\?w\.alpha=0\.2&w\.k=3"/);
  });
});

test.describe('exports', () => {
  test('CSV and JSON hold every recorded step, equal to the solver; SVG parses; PNG has the figure size', async ({
    page,
  }) => {
    await page.goto('./widgets/');
    const inv = await widget(page, 'inv');
    await inv.getByText('Share, embed and export').click();
    const records = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 8 }).steps;

    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), inv.getByRole('button', { name }).click()]);
      return readFileSync((await download.path()) as string);
    };
    const json = JSON.parse((await save('Run as JSON')).toString('utf8')) as { n: number; y: number; loss: number }[];
    expect(json).toHaveLength(records.length);
    json.forEach((row, n) => {
      expect(row.y).toBe(records[n]!.y);
      expect(row.loss).toBe(records[n]!.loss);
    });
    const csv = (await save('Run as CSV')).toString('utf8').trim().split('\n');
    expect(csv[0]).toBe('n,y,loss,grad,next');
    expect(csv).toHaveLength(records.length + 1);
    expect(Number(csv[5]!.split(',')[1])).toBe(records[4]!.y);

    const svg = (await save('Figure as SVG')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName };
    }, svg);
    expect(parsed).toEqual({ error: false, root: 'svg' });

    // The PNG is the whole exported figure (panels, legend, equation, caption) at twice its size.
    const png = await save('Figure as PNG');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
    expect(png.readUInt32BE(16)).toBe(Number(w) * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round(Number(h) * 2));
  });
});

test.describe('print', () => {
  test('the print stylesheet hides the controls and keeps the figure and readout; a PDF renders', async ({ page }) => {
    await page.goto(LESSON);
    const inv = page.locator('[data-widget="inversion"]').first();
    await expect(inv).toHaveAttribute('data-ready', 'true');
    await page.emulateMedia({ media: 'print' });
    await expect(inv.locator('.transport')).toBeHidden();
    await expect(inv.locator('.params-box')).toBeHidden();
    await expect(inv.locator('[data-part="plot"] svg')).toBeVisible();
    await expect(inv.locator('[data-part="readout"]')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });
});

test.describe('colour schemes', () => {
  test('the toggle cycles system → light → dark and the choice persists', async ({ page }) => {
    await page.goto(LESSON);
    const toggle = page.getByRole('button', { name: /^Colours:/ });
    await expect(toggle).toHaveText('Colours: system');
    await toggle.click();
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(21, 23, 26)');
  });

  for (const [name, media] of [
    ['dark', { colorScheme: 'dark' as const }],
    ['forced colours', { forcedColors: 'active' as const }],
  ] as const) {
    test(`axe colour contrast passes in ${name}`, async ({ page }) => {
      test.setTimeout(90_000); // three whole pages through axe, /widgets/ with every widget kind
      await page.emulateMedia(media);
      for (const path of [LESSON, './widgets/', './']) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      }
    });
  }
});

test.describe('small screens', () => {
  test('at 360 px no page scrolls sideways (wide tables and formulas scroll inside themselves)', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of pagePaths()) {
      await page.goto(`.${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('at 360 px nothing overflows sideways and the step buttons are at least 44 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./widgets/');
    await widget(page, 'train');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const box of await page.locator('.tbtn').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });
});
