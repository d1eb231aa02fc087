import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS, walk } from '../support/dist';

/** vnu-jar's default export is the path of the Nu HTML Checker's jar. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const javaMissing = spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker on `files` and returns its messages. */
function vnu(files: string[]): VnuMessage[] {
  // vnu exits 1 when it reports an error; its JSON report goes to stderr either way.
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--also-check-svg', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}

for (const { dir, base } of BUILDS) {
  test(`every built page under ${base} passes the Nu HTML Checker with zero errors`, () => {
    test.skip(javaMissing, 'Java is not installed: the Nu HTML Checker (vnu-jar) needs `java` on the PATH.');
    const files = walk(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dir, f));
    expect(files.length).toBeGreaterThan(0);
    const messages = vnu(files);
    const where = (m: VnuMessage) => `${m.url.replace(`file:${dir}`, '')}:${m.lastLine ?? '?'}`;
    const errors = messages.filter((m) => m.type !== 'info').map((m) => `${where(m)} ${m.message}`);
    // Warnings are reported, not failed: vnu checks the CSP meta against file: URLs, where 'self'
    // matches nothing and Astro's style hashes are not computed (the browser test checks the CSP).
    const warnings = messages.filter((m) => m.type === 'info').map((m) => `${where(m)} ${m.message}`);
    if (warnings.length) test.info().annotations.push({ type: 'vnu warnings', description: warnings.join('\n') });
    expect(errors).toEqual([]);
  });
}

test('the checker does report an invalid page (so zero errors means something)', () => {
  test.skip(javaMissing, 'Java is not installed: the Nu HTML Checker (vnu-jar) needs `java` on the PATH.');
  const bad = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'bad.html');
  writeFileSync(bad, '<!doctype html><html lang="en"><title>x</title><p><div onclick=x>not allowed here</span>');
  expect(vnu([bad]).filter((m) => m.type === 'error').length).toBeGreaterThan(0);
});
