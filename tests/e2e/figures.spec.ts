import { test, expect, type Locator, type Page } from '../support/fixtures';
import { readFileSync } from 'node:fs';
import { invert, train } from '../../src/solver/index.ts';
import { ARTICLE_TRAINING } from '../../content/lessons/facts/shared.ts';
import { formatFixed } from '../../src/words/format.ts';
import { MARKS } from '../../components/widgets/drawing/marks';
import { fixed, readout, widget } from '../support/widgets';

/**
 * The figures explain themselves and are legible: text sizes in CSS pixels, nothing clipped,
 * marks that contrast with the background, a last step with its numbers, and exports of the
 * whole figure.
 */

async function allReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure.widget')].every((w) => w.getAttribute('data-ready') === 'true'),
  );
}

/** Rendered size in CSS px of every text in the figures: computed size × the SVG's scale. */
function textSizes(page: Page, selector: string) {
  return page.locator('svg.figure').evaluateAll(
    (svgs, sel) =>
      svgs.flatMap((svg) => {
        const vb = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
        const scale = svg.clientWidth / vb;
        return [...svg.querySelectorAll<SVGTextElement>(sel)]
          .filter((t) => t.textContent)
          .map((t) => ({
            id: svg.parentElement!.id,
            text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * scale,
          }));
      }),
    selector,
  );
}

for (const [width, least] of [
  [1280, 12],
  [360, 14],
] as const) {
  test(`at ${width} px every tick label, legend and panel heading is at least ${least} px`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('./widgets/');
    await allReady(page);
    const sizes = await textSizes(page, '.axis text, .axis-label, .legend-label, .panel-heading');
    expect(sizes.length).toBeGreaterThan(60);
    expect(sizes.filter((s) => s.px < least - 0.05)).toEqual([]);
    await page.close();
  });

  test(`at ${width} px no tick or label leaves its figure and no widget scrolls sideways`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('./widgets/');
    await allReady(page);
    const outside = await page.locator('svg.figure').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.textContent && getComputedStyle(t).visibility !== 'hidden')
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
          .filter(
            ({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1),
          )
          .map(({ text }) => `${svg.parentElement!.id}: ${text}`);
      }),
    );
    expect(outside).toEqual([]);
    const overflow = await page
      .locator('figure.widget')
      .evaluateAll((ws) => ws.filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => w.id));
    expect(overflow).toEqual([]);
    // Every select shows its whole chosen value.
    const cut = await page.locator('figure.widget select').evaluateAll((sels) =>
      (sels as HTMLSelectElement[]).flatMap((s) => {
        const g = document.createElement('canvas').getContext('2d')!;
        const style = getComputedStyle(s);
        g.font = `${style.fontSize} ${style.fontFamily}`;
        const text = s.selectedOptions[0]?.textContent ?? '';
        // Padding, border and the drop-down arrow (about 20 px) take the rest of the box.
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return g.measureText(text).width > room ? [`${s.id}: ${text}`] : [];
      }),
    );
    expect(cut).toEqual([]);
    await page.close();
  });
}

/** WCAG contrast of two CSS colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`in ${scheme} mode every mark and line, contours included, is at least 3:1 against the background`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto('./widgets/');
    await allReady(page);
    const train = page.locator('#train');
    await expect(train.locator('.contours path').first()).toBeAttached();
    const marks = await page.evaluate(() => {
      const bg = getComputedStyle(document.querySelector('figure.widget')!).backgroundColor;
      const classes = ['curve', 'current', 'tangent', 'next-arrow', 'minimum', 'ghost-path', 'pair', 'truth-line'];
      classes.push('model-line', 'contour', 'theta-path', 'truth-mark', 'loss-line', 'iterate-dot');
      return classes.map((c) => {
        const el = document.querySelector(`.legend .${c}`) ?? document.querySelector(`.plot .${c}`);
        const st = el ? getComputedStyle(el) : null;
        const paint = st && st.stroke !== 'none' ? st.stroke : (st?.fill ?? 'none');
        return { c, paint, bg, opacity: st?.strokeOpacity };
      });
    });
    for (const m of marks) {
      expect(m.paint, m.c).toMatch(/^rgb/);
      expect(m.opacity ?? '1', m.c).toBe('1');
      expect(contrast(m.paint, m.bg), `${m.c} ${m.paint} on ${m.bg}`).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });
}

test('every mark drawn is named in its panel legend, and each training panel has its title', async ({ page }) => {
  await page.goto('./widgets/');
  await allReady(page);
  const legend = (root: Locator) => root.locator('.legend-label').allTextContents();
  const inv = await legend(page.locator('#inv-plot'));
  for (const key of ['lossCurve', 'current', 'iterates', 'next', 'tangent', 'minimum'] as const)
    expect(inv).toContain(MARKS[key].label);
  const headings = await page.locator('#train .panel-heading').allTextContents();
  expect(headings).toEqual(['Data and model line', 'T over (a, b), with the path of θ', 'T at each update']);
  expect(await legend(page.locator('#train-plane'))).toEqual(
    expect.arrayContaining([MARKS.contours.label, MARKS.thetaPath.label, MARKS.clamp.label, MARKS.truthPoint.label]),
  );
  // Data points are not drawn like iterates: squares, not red dots.
  await expect(page.locator('#train-plot .pairs rect.pair')).toHaveCount(5);
  await expect(page.locator('#train-plot .pairs circle')).toHaveCount(0);
});

test('the last step is a step: its equation shows the update that produced the final numbers', async ({ page }) => {
  await page.goto('./widgets/');
  const inv = await widget(page, 'inv');
  const steps = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 0.05, steps: 20, y0: 8 }).steps;
  await inv.focus();
  await page.keyboard.press('End');
  await expect(inv).toHaveAttribute('data-k', '20');
  await expect(inv.locator('[data-slot="next"]').first()).toHaveText(fixed(steps[20]!.y));
  await expect(inv.locator('[data-slot="y"]').first()).toHaveText(fixed(steps[19]!.y));
  await expect(inv.locator('[data-slot="loss"]').first()).toHaveText(formatFixed(steps[20]!.loss));
  // The readout still reads the last step itself.
  expect((await readout(inv))['yₙ = g(n)']).toBe(fixed(steps[20]!.y));
  expect(await inv.locator('.equation').first().innerText()).not.toContain('—');
  const tr = await widget(page, 'train');
  const history = train(ARTICLE_TRAINING).history;
  await tr.focus();
  await page.keyboard.press('End');
  await expect(tr).toHaveAttribute('data-k', '2500');
  await expect(tr.locator('[data-slot="anext"]')).toHaveText(fixed(history[2500]!.theta[0]!));
  await expect(tr.locator('[data-slot="bnext"]')).toHaveText(fixed(history[2500]!.theta[1]!));
  expect(await tr.locator('.equation').first().innerText()).not.toContain('—');
});

test('a run that flies off is marked off the scale with its value, and the plot keeps the valley on both sides', async ({
  page,
}) => {
  await page.goto('./widgets/?inv.alpha=1&inv.k=4');
  const inv = await widget(page, 'inv');
  const label = inv.locator('.off-scale-label');
  await expect(label).toBeVisible();
  const steps = invert({ model: 'linear', theta: [2, -4], x: 0, alpha: 1, steps: 20, y0: 8 }).steps;
  await expect(label).toContainText(/off the scale: y = /);
  expect(Math.abs(steps[4]!.y)).toBeGreaterThan(100);
  // The default run: the minimum y* = 2 sits well inside the x-axis, not at its edge.
  await page.goto('./widgets/');
  const x = await (await widget(page, 'inv')).locator('.axis-x .tick text').allTextContents();
  const values = x.map((t) => Number(t.replace('−', '-')));
  expect(Math.min(...values)).toBeLessThanOrEqual(0);
  expect(Math.max(...values)).toBeGreaterThanOrEqual(8);
});

test('SVG and PNG exports hold the whole figure, named by widget, parameters and the step shown', async ({ page }) => {
  await page.goto('./widgets/?train.beta=0.01');
  const tr = await widget(page, 'train');
  await tr.getByRole('slider', { name: /^Update \d+ of \d+$/ }).fill('300');
  await expect(tr).toHaveAttribute('data-k', '300');
  await tr.getByText('Share, embed and export').click();
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), tr.getByRole('button', { name }).click()]);
    return { file: download.suggestedFilename(), data: readFileSync((await download.path()) as string) };
  };
  const svg = await save('Figure as SVG');
  expect(svg.file).toBe('unrolled-training-beta0.01-update-300.svg');
  const text = svg.data.toString('utf8');
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      panels: doc.querySelectorAll('svg.figure').length,
      headings: [...doc.querySelectorAll('.panel-heading')].map((h) => h.textContent),
      legends: doc.querySelectorAll('.legend-label').length,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.panels).toBe(3);
  expect(parsed.headings).toEqual(['Data and model line', 'T over (a, b), with the path of θ', 'T at each update']);
  expect(parsed.legends).toBeGreaterThan(10);
  expect(text).toContain('a(301) = a(300)'); // the live equation of the step shown
  expect(text).toContain('Learning rate β = 0.01'); // the caption line with the parameters
  expect(text).toContain('update 300 of 2500');
  const png = await save('Figure as PNG');
  expect(png.file).toBe('unrolled-training-beta0.01-update-300.png');
  expect(png.data.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.data.readUInt32BE(16)).toBe(parsed.width * 2);
  expect(png.data.readUInt32BE(20)).toBe(Math.round(parsed.height * 2));
});

test('printed, a "try this" button is a line naming its preset and worked solutions are open', async ({ page }) => {
  await page.goto('./lessons/choosing-alpha-and-n/');
  await allReady(page);
  await page.emulateMedia({ media: 'print' });
  const button = page.getByRole('button', { name: /Try this: α = 0.3 \(diverging\)/ });
  await expect(button).toBeVisible();
  expect(await button.evaluate((b) => getComputedStyle(b).borderTopStyle)).toBe('none');
  const working = page.locator('.exercise .working').first();
  await expect(working.locator('summary + *')).toBeVisible();
  // No space reserved for the screen: the figure's box is as tall as the figure.
  const gap = await page.locator('#inv-regimes [data-part="plot"]').evaluate((host) => {
    const svg = host.querySelector('svg')!;
    return host.getBoundingClientRect().height - svg.getBoundingClientRect().height;
  });
  expect(gap).toBeLessThan(8);
});

test('on a phone, step-into keeps its Σ row whole and its two tangent labels apart', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto('./widgets/');
  const tr = await widget(page, 'train');
  await tr.locator('[data-action="step-into"]').click();
  const box = tr.locator('[data-part="step-into"]');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const [a, b] = await Promise.all(
    ['.label-a', '.label-b'].map((c) => box.locator(`.tangent-labels ${c}`).boundingBox()),
  );
  expect(a && b).toBeTruthy();
  const apart = a!.y + a!.height <= b!.y + 0.5 || b!.y + b!.height <= a!.y + 0.5;
  expect(apart).toBe(true);
  await page.keyboard.press('End');
  const sum = box.locator('table.sum-table');
  await expect(sum.locator('tr.current-row')).toContainText('Σ = ∂T/∂θ');
  expect(await sum.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(1);
  await page.close();
});

test('lesson 6: code blocks are padded and scroll sideways instead of clipping', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto('./lessons/the-articles-code-fixed/');
  const pres = await page.locator('.prose pre').evaluateAll((ps) =>
    ps.map((p) => {
      const s = getComputedStyle(p);
      return { pad: parseFloat(s.paddingLeft), overflow: s.overflowX, cue: s.backgroundAttachment };
    }),
  );
  expect(pres.length).toBeGreaterThan(0);
  for (const p of pres) {
    expect(p.pad).toBeGreaterThanOrEqual(12);
    expect(p.overflow).toBe('auto');
    expect(p.cue).toContain('local');
  }
  await page.close();
});
