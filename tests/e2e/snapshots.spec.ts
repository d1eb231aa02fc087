import { test, expect, type Locator } from '@playwright/test';
import { widget } from '../support/widgets';

/**
 * SVG snapshots of every widget's figures at fixed steps, numbers rounded to one decimal (as
 * Observable Plot's snapshot tests do), so any change to what is drawn shows up in review.
 * The contour lines are left out: they are many and are checked by the widget tests.
 */
async function figures(root: Locator): Promise<string> {
  const svgs = await root.locator('.panels svg.figure').evaluateAll((els) =>
    els.map((svg) => {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.querySelector('.contours')?.replaceChildren();
      return copy.outerHTML;
    }),
  );
  return svgs
    .join('\n')
    .replace(/-?\d+\.\d+/g, (n) => (Math.round(Number(n) * 10) / 10).toFixed(1))
    .replace(/></g, '>\n<');
}

// Marks are placed at once (no tween), so a snapshot never catches one half-way.
test.use({ reducedMotion: 'reduce' });

const CASES: [string, number[]][] = [
  ['inv', [0, 3, 20]],
  ['train', [0, 5, 2500]],
  ['latent', [0, 2500]],
];

for (const [id, steps] of CASES) {
  test(`${id} figures at steps ${steps.join(', ')} match their snapshots`, async ({ page }) => {
    await page.goto('./widgets/');
    const root = await widget(page, id);
    // The zoom of the (a, b) plane loads just after the first paint.
    await page.waitForLoadState('networkidle');
    for (const k of steps) {
      await root.getByRole('slider', { name: /^(Step|Update) \d+ of \d+$/ }).fill(String(k));
      await expect(root).toHaveAttribute('data-k', String(k));
      expect(await figures(root)).toMatchSnapshot(`${id}-step-${k}.svg.txt`);
    }
  });
}
