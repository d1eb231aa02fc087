// npm run bench:ui — a benchmark, not a test: widget latencies and long tasks in Chromium under
// 4× CPU throttling. For the training widget on the article's run and on the heaviest linear run
// the table allows, on its embed page: the re-run after a parameter change (target ≤ 100 ms), a step by keyboard
// and a scrub (target ≤ 16 ms median), and the longest task during load, changes, stepping,
// scrubbing and autoplay (target ≤ 50 ms). Then main-thread time per step during a 200-step
// autoplay of each widget, and the longest task while each of a few pages loads (LOAD_REPS loads
// each, median and worst). Prints figures
// only. BENCH_PORT moves the server; --no-build reuses the last build (dist-bench/).
import { execSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { ensureChromium, launchArgs } from './browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4461);
const STEPS = 200;
const LOAD_PAGES = [
  '/lessons/what-is-an-inverse-problem/',
  '/lessons/prediction-is-an-inversion/',
  '/lessons/training-is-the-inverse-of-predicting/',
  '/lessons/inside-one-theta-update/',
  '/lessons/momentum/',
  '/lessons/training-the-dictionary/',
  '/lessons/the-nested-loop-tape/',
  '/embed/training/',
  '/widgets/',
];
const found = ensureChromium();
if (!found) throw new Error('No Chromium: see the README for what to install.');
if (!process.argv.includes('--no-build')) {
  execSync('npx astro build', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: './dist-bench' },
  });
}
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
// Long tasks from the very start of each page load.
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});
const url = (path) => `http://127.0.0.1:${PORT}${path}`;
for (let i = 0; i < 60; i++) {
  try {
    await page.goto(url('/widgets/'));
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
// The service worker's first install downloads the whole course: measure after it, as a returning reader.
await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const longest = () => page.evaluate(() => Math.max(0, ...window.__longTasks.map((t) => t.ms)));
const clearLong = () => page.evaluate(() => (window.__longTasks.length = 0));

/**
 * Latencies of the training widget on its embed page (`w`, as a teacher embeds it, and as issue 14
 * reproduced its failures) with these URL parameters. The gallery of every widget kind, a longer
 * page, is measured at load with the lessons below.
 */
async function trainingLatencies(label, query) {
  await page.goto(url(`/embed/training/?${query}`));
  await page.locator('#w[data-ready="true"]').waitFor({ timeout: 120_000 });
  await page.locator('#w').scrollIntoViewIfNeeded();
  await page.waitForTimeout(3000); // the landscape worker
  const load = await longest();
  await clearLong();
  const rerun = [];
  for (const beta of [0.006, 0.005, 0.006, 0.005, 0.006]) {
    rerun.push(
      await page.evaluate(async (beta) => {
        performance.clearMeasures('unrolled:rerun');
        const input = document.querySelector('#w input[data-param="beta"]');
        input.value = String(beta);
        input.dispatchEvent(new Event('change'));
        for (let i = 0; i < 600 && !performance.getEntriesByName('unrolled:rerun').length; i++)
          await new Promise((r) => setTimeout(r, 20));
        return performance.getEntriesByName('unrolled:rerun')[0]?.duration ?? NaN;
      }, beta),
    );
  }
  const change = await longest();
  await clearLong();
  // A step or a scrub: the handler, its render and the layout it causes, then a frame.
  const timed = (kind) =>
    page.evaluate(async (kind) => {
      const root = document.getElementById('w');
      const scrub = root.querySelector('[data-role="scrubber"]');
      const out = [];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        if (kind === 'step') root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        else {
          scrub.value = String((i * 37) % Number(scrub.max));
          scrub.dispatchEvent(new Event('input', { bubbles: true }));
        }
        void root.offsetHeight;
        out.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return out;
    }, kind);
  await page.evaluate(() => document.querySelector('#w [data-action="reset"]').click());
  const step = await timed('step');
  const scrub = await timed('scrub');
  const stepping = await longest();
  await clearLong();
  await page.evaluate(async () => {
    const root = document.getElementById('w');
    root.querySelector('select.speed').value = '32';
    root.querySelector('select.speed').dispatchEvent(new Event('change'));
    root.querySelector('[data-action="reset"]').click();
    root.querySelector('[data-action="play"]').click();
    await new Promise((r) => setTimeout(r, 4000));
    root.querySelector('[data-action="play"]').click();
  });
  const autoplay = await longest();
  return {
    run: label,
    're-run median ms': ms(median(rerun)),
    'step median ms': ms(median(step)),
    'scrub median ms': ms(median(scrub)),
    'longest task: load': ms(load),
    change: ms(change),
    'step+scrub': ms(stepping),
    autoplay: ms(autoplay),
  };
}

const latency = [
  await trainingLatencies("article's run", ''),
  await trainingLatencies('heaviest linear (K 5000, N M 200, 50 samples)', 'w.epochs=5000&w.N=200&w.M=200&w.count=50'),
];
console.log('Training widget at 4× CPU throttling (targets: re-run ≤ 100 ms, step/scrub ≤ 16 ms, tasks ≤ 50 ms):');
console.table(latency);

const rows = [];
for (const [id, label, param] of [
  ['inv', 'inversion', { N: STEPS }],
  ['train', 'training', { epochs: 2500 }],
  ['latent', 'latent explorer', {}],
]) {
  await page.goto(
    url(
      `/widgets/?${Object.entries(param)
        .map(([k, v]) => `${id}.${k}=${v}`)
        .join('&')}`,
    ),
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

// Load as a reader meets it: each lesson page with widgets, and the gallery of every widget kind.
// One load's longest task depends on where the parser happens to yield (it splits the first style
// and layout of a long page into frames), so each page loads LOAD_REPS times: the median and the
// worst of its longest task, and in how many loads a task passed 50 ms.
const LOAD_REPS = Number(process.env.LOAD_REPS ?? 5);
const pages = [];
for (const path of LOAD_PAGES) {
  const longestPerLoad = [];
  for (let r = 0; r < LOAD_REPS; r++) {
    await page.goto(url(path));
    await page.waitForFunction(
      () => [...document.querySelectorAll('.widget[data-widget]')].every((w) => w.dataset.ready === 'true'),
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(2000);
    longestPerLoad.push(await longest());
  }
  pages.push({
    page: path,
    loads: LOAD_REPS,
    'median longest ms': median(longestPerLoad).toFixed(0),
    'worst longest ms': Math.max(...longestPerLoad).toFixed(0),
    'loads with a task > 50 ms': longestPerLoad.filter((ms) => ms > 50).length,
  });
}
console.log(`Longest task while a page loads, ${LOAD_REPS} loads each, 4× CPU throttling (target ≤ 50 ms):`);
console.table(pages);
await browser.close();
stop();
