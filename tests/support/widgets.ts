import { expect, type Locator, type Page } from '@playwright/test';

/** The widget with this id, once its renderer has mounted. */
export async function widget(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`#${id}`);
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

/** The readout table of a widget as { label: value }. */
export async function readout(root: Locator): Promise<Record<string, string>> {
  const rows = await root.locator('[data-part="readout"] tr').all();
  const out: Record<string, string> = {};
  for (const row of rows)
    out[(await row.locator('th').innerText()).trim()] = (await row.locator('td').innerText()).trim();
  return out;
}

/** Sets a numeric parameter through its labelled input, as a reader would. */
export async function setParam(root: Locator, label: string | RegExp, value: string): Promise<void> {
  const input = root.getByRole('spinbutton', { name: label });
  await input.fill(value);
  await input.press('Enter');
  await input.dispatchEvent('change');
}

/** The site's readout formatting of a number with 4 decimals (true minus sign). */
export function fixed(v: number, decimals = 4): string {
  const t = v.toFixed(decimals);
  return (/^-0\.?0*$/.test(t) ? t.slice(1) : t).replace('-', '−');
}
