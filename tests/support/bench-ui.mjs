// npm run bench:ui — a benchmark, not a test: main-thread time per step and long tasks during a
// 200-step autoplay of each widget, under 4× CPU throttling in Chromium. Prints figures only.
import { execSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { ensureChromium, launchArgs } from './browser.mjs';

const PORT = 4461;
const STEPS = 200;
const found = ensureChromium();
if (!found) throw new Error('No Chromium: see the README for what to install.');
execSync('npx astro build', {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, OUT_DIR: './dist-bench' },
});
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, OUT_DIR: './dist-bench' },
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

const browser = await chromium.launch({ executablePath: found.executablePath, args: launchArgs() });
const page = await browser.newPage();
for (let i = 0; i < 60; i++) {
  try {
    await page.goto(`http://127.0.0.1:${PORT}/widgets/`);
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const rows = [];
for (const [id, label, param] of [
  ['inv', 'inversion', { N: STEPS }],
  ['train', 'training', { epochs: 2500 }],
  ['latent', 'latent explorer', {}],
]) {
  await page.goto(
    `http://127.0.0.1:${PORT}/widgets/?${Object.entries(param)
      .map(([k, v]) => `${id}.${k}=${v}`)
      .join('&')}`,
  );
  await page.locator(`#${id}[data-ready="true"]`).waitFor();
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500); // let the landscape worker finish first
  const result = await page.evaluate(
    async ({ id, steps }) => {
      const root = document.getElementById(id);
      const longTasks = [];
      const obs = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      obs.observe({ type: 'longtask' });
      performance.clearMeasures('unrolled:step');
      root.querySelector('select.speed').value = '32';
      root.querySelector('select.speed').dispatchEvent(new Event('change'));
      root.querySelector('[data-action="reset"]').click();
      performance.clearMeasures('unrolled:step');
      const t0 = performance.now();
      root.querySelector('[data-action="play"]').click();
      await new Promise((resolve) => {
        const check = () =>
          Number(root.dataset.k) >= Math.min(steps, Number(root.dataset.count) - 1) ? resolve() : setTimeout(check, 50);
        check();
      });
      root.querySelector('[data-action="play"]').click();
      const wall = performance.now() - t0;
      obs.disconnect();
      const per = performance.getEntriesByName('unrolled:step').map((m) => m.duration);
      return { per, longTasks, wall };
    },
    { id, steps: STEPS },
  );
  rows.push({
    widget: label,
    steps: result.per.length,
    'median ms/step': median(result.per).toFixed(2),
    'max ms/step': Math.max(...result.per).toFixed(2),
    'long tasks (>50 ms)': result.longTasks.length,
    'longest task ms': result.longTasks.length ? Math.max(...result.longTasks).toFixed(0) : '-',
  });
}
console.log('Main-thread time per step during a 200-step autoplay at 32 steps/s, 4× CPU throttling:');
console.table(rows);
await browser.close();
stop();
