/**
 * Lesson 6 says its corrected Python prints the solver's θ. This runs the listing the lesson
 * shows (content/lessons/listings/fixedPython.py) with python3 and compares what it prints with the solver's
 * article run. Without python3 and numpy the test fails and says what to install.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { facts as article, listings } from '../../../content/lessons/the-articles-code-fixed.facts.ts';

const INSTALL =
  'Lesson 6 test needs python3 with numpy: install them (Debian/Ubuntu: apt-get install python3 python3-numpy; ' +
  'elsewhere: pip install numpy).';

/** Runs `code` with python3; throws a message naming what to install when python3 or numpy is missing. */
function runPython(code: string): string {
  const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  if (probe.error) throw new Error(`${INSTALL} python3 could not be started: ${probe.error.message}`);
  if (probe.status !== 0) throw new Error(`${INSTALL} python3 runs but 'import numpy' failed: ${probe.stderr.trim()}`);
  const run = spawnSync('python3', ['-c', code], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`the lesson's Python failed (exit ${run.status}): ${run.stderr || run.error}`);
  return run.stdout;
}

/** The numbers in a line numpy printed, such as "[ 1.99992681 -3.99985361]". */
const numbersIn = (line: string) => (line.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);

describe("lesson 6's corrected Python", () => {
  it('prints the θ of the solver’s article run, to the digits it prints and beyond', () => {
    // The listing as the lesson shows it, then one line that prints θ at full precision.
    const [printed = '', full = ''] = runPython(`${listings.fixedPython}\nprint(repr(theta.tolist()))\n`)
      .trim()
      .split('\n');
    expect(printed).toMatch(/^\[\s*\S+\s+\S+\]$/);
    const shown = numbersIn(printed);
    expect(shown).toEqual([Number(article.learnedA.toFixed(8)), Number(article.learnedB.toFixed(8))]);
    const [a, b] = numbersIn(full);
    expect(Math.abs((a ?? NaN) - article.learnedA)).toBeLessThan(1e-12);
    expect(Math.abs((b ?? NaN) - article.learnedB)).toBeLessThan(1e-12);
  }, 180_000);
});
