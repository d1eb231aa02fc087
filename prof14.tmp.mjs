import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium, launchArgs } from '/work/wt14/tests/support/browser.mjs';
const PORT = 4447;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: '/work/wt14', env: { ...process.env, OUT_DIR: './dist-bench' }, stdio: 'ignore', detached: true });
process.on('exit', () => { try { process.kill(-server.pid); } catch {} });
const found = findChromium();
const browser = await chromium.launch({ executablePath: found.executablePath, args: launchArgs() });
const page = await browser.newPage();
for (let i = 0; i < 60; i++) { try { await page.goto(`http://127.0.0.1:${PORT}/widgets/`); break; } catch { await new Promise(r => setTimeout(r, 500)); } }
await page.locator('#train[data-ready="true"]').waitFor();
await page.locator('#train').scrollIntoViewIfNeeded();
await page.waitForTimeout(3000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const mode = process.argv[2] ?? 'step';
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
const times = await page.evaluate(async (mode) => {
  const root = document.getElementById('train'); const out = [];
  for (let i = 0; i < (mode === 'step' ? 60 : 8); i++) {
    const t0 = performance.now();
    if (mode === 'step') { root.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); void root.offsetHeight; out.push(performance.now() - t0); await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))); }
    else { performance.clearMeasures('unrolled:rerun'); const input = root.querySelector('input[data-param="beta"]'); input.value = String(i % 2 ? 0.005 : 0.006); input.dispatchEvent(new Event('change'));
      while (!performance.getEntriesByName('unrolled:rerun').length) await new Promise(r => setTimeout(r, 10)); out.push(performance.getEntriesByName('unrolled:rerun')[0].duration); }
  }
  return out;
}, mode);
const { profile } = await cdp.send('Profiler.stop');
times.sort((a,b)=>a-b); console.log(mode, 'median ms (4x)', times[Math.floor(times.length/2)].toFixed(2), times.map(t=>t.toFixed(0)).join(' '));
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + us); }
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,16).map(([k,v]) => `${(v/1000).toFixed(1)} ms  ${k}`).join('\n'));
await browser.close(); process.exit(0);
