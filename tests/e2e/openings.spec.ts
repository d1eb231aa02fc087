import { test, expect, type Locator } from '../support/fixtures';
import { OPENINGS, type Opening } from '../../content/lessons/openings';
import { formatSig } from '../../src/words/format.ts';
import { readout, widget } from '../support/widgets';

/** What the opening must show without a click, for the openings whose "why" names a phenomenon. */
const SHOWS: Record<string, (root: Locator) => Promise<void>> = {
  // All 20 iterates are drawn: the red dots have slid into the bottom.
  recap: async (root) => expect(root.locator('.plot .iterates circle')).toHaveCount(21),
  'inv-regimes': async (root) => expect(root).toHaveAttribute('data-tone', 'diverging'),
  // a = 0.5 exactly: the clamp a ≥ 0.5 has acted on the run from a₀ = 0.3.
  'train-clamp': async (root) => expect((await readout(root)).a).toBe('0.500000'),
  'train-grads': async (root) => {
    await expect(root.locator('details[data-part="gradients"]')).toHaveAttribute('open', '');
    await expect(root.locator('table.gradients tbody tr')).toHaveCount(4);
  },
  'train-trunc': async (root) => {
    await expect(root.locator('.zoom-inset')).toHaveAttribute('visibility', 'visible');
    await expect(root.locator('.zoom-label')).toHaveText(/^zoomed ×/);
  },
  // The decade where T settles is labelled on the log axis.
  'train-noise': async (root) => {
    const T = Number((await readout(root))['T(θ)']!.replace('−', '-'));
    const decade = formatSig(10 ** Math.floor(Math.log10(T)), 3);
    expect(await root.locator('[data-part="loss"] .axis-y .tick text').allTextContents()).toContain(decade);
  },
};

function expected(o: Opening, count: number): number {
  return o.k === 'end' ? count - 1 : o.k;
}

for (const o of OPENINGS) {
  test(`${o.lesson}: #${o.widget} opens at ${JSON.stringify(o.preset)}, step ${o.k}`, async ({ page }) => {
    await page.goto(`./lessons/${o.lesson}/`);
    const root = await widget(page, o.widget);
    // A widget held by a prediction shows its opening once the reader answers or skips: the
    // fixture (tests/support/fixtures.ts) has skipped every prediction, as a reader would.
    await expect(root).toHaveAttribute('data-widget', o.kind);
    const props = JSON.parse((await root.getAttribute('data-props')) ?? '{}') as {
      preset?: Record<string, unknown>;
      k?: number | 'end';
    };
    expect(props.preset ?? {}).toEqual(o.preset);
    expect(props.k ?? (o.kind === 'latent' ? 'end' : 0)).toEqual(o.k);
    const count = Number(await root.getAttribute('data-count'));
    await expect(root).toHaveAttribute('data-k', String(expected(o, count)));
    // A widget that opens on its last step says so in its caption.
    const caption = root.locator('figcaption');
    if (o.k === 'end') await expect(caption).toContainText('opens at its last');
    else await expect(caption).not.toContainText('opens at its last');
    await SHOWS[o.widget]?.(root);
  });
}

test('every widget of every lesson has an opening in the table', async ({ page }) => {
  const lessons = [...new Set(OPENINGS.map((o) => o.lesson))];
  for (const lesson of lessons) {
    await page.goto(`./lessons/${lesson}/`);
    const ids = await page.locator('figure.widget').evaluateAll((ws) => ws.map((w) => w.id));
    expect(ids.sort()).toEqual(
      OPENINGS.filter((o) => o.lesson === lesson)
        .map((o) => o.widget)
        .sort(),
    );
  }
});
