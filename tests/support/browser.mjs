// Finds a Chromium for the end-to-end tests, in the order the README documents.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'];

/** Flags for a headless Chromium on a closed network; root also needs --no-sandbox. */
export function launchArgs() {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  return args;
}

function which(cmd) {
  try {
    return execSync(`command -v ${cmd}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * The first browser found, without installing anything: Playwright's own Chromium,
 * then $CHROMIUM_PATH, then a system Chromium or Chrome. Returns null when none is there.
 * @returns {{ executablePath: string | undefined, source: string } | null}
 */
export function findChromium() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: undefined, source: `Playwright's Chromium (${own})` };
  } catch {
    /* Playwright has no browser of its own here */
  }
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return { executablePath: env, source: `CHROMIUM_PATH (${env})` };
  for (const path of SYSTEM_BROWSERS) if (existsSync(path)) return { executablePath: path, source: path };
  for (const cmd of COMMANDS) {
    const path = which(cmd);
    if (path) return { executablePath: path, source: path };
  }
  return null;
}

function attempt(label, command) {
  console.log(`[browser] no browser found yet; trying: ${label}`);
  try {
    execSync(command, { stdio: 'inherit', timeout: 600_000 });
  } catch {
    console.log(`[browser] ${label} did not work.`);
  }
  return findChromium();
}

/** Finds a browser, installing one if needed (Playwright's download, then Debian's package as root). */
export function ensureChromium() {
  let found = findChromium();
  if (!found) found = attempt('npx playwright install chromium', 'npx playwright install chromium');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && which('apt-get')) {
    found = attempt('apt-get install -y chromium', 'apt-get update -qq && apt-get install -y -qq chromium');
  }
  return found;
}
