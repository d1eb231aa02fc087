// Builds the site twice for the e2e tests: at the root (dist/) and under a sub-path (dist-base/).
import { execSync } from 'node:child_process';

export const SUB_PATH = '/unrolled/';

const run = (env) =>
  execSync('npx astro build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const t0 = performance.now();
// DIST_DIR / DIST_BASE_DIR let two people test side by side without sharing a build.
const DIST = process.env.DIST_DIR ?? './dist';
const DIST_BASE = process.env.DIST_BASE_DIR ?? './dist-base';
run({ OUT_DIR: DIST });
const t1 = performance.now();
run({ BASE_PATH: SUB_PATH, OUT_DIR: DIST_BASE });
const t2 = performance.now();
console.log(
  `[build] ${DIST} in ${((t1 - t0) / 1000).toFixed(1)} s, ${DIST_BASE} (base ${SUB_PATH}) in ${((t2 - t1) / 1000).toFixed(1)} s`,
);
