// Builds the site twice for the e2e tests: at the root (dist/) and under a sub-path (dist-base/).
import { execSync } from 'node:child_process';

export const SUB_PATH = '/unrolled/';

const run = (env) =>
  execSync('npx astro build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const t0 = performance.now();
run({});
const t1 = performance.now();
run({ BASE_PATH: SUB_PATH, OUT_DIR: './dist-base' });
const t2 = performance.now();
console.log(
  `[build] dist/ in ${((t1 - t0) / 1000).toFixed(1)} s, dist-base/ (base ${SUB_PATH}) in ${((t2 - t1) / 1000).toFixed(1)} s`,
);
