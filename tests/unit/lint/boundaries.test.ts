/**
 * The import rules of `npm run lint` (tests/dependency-cruiser.cjs) must fail on a violation:
 * this writes a small project of bad and good imports to a temporary folder, runs depcruise on it
 * with the project's rules, and expects each rule to fire exactly where it should.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const CONFIG = join(ROOT, 'tests/dependency-cruiser.cjs');

/** path → source of the fixture project (each file imports what its name says). */
const FIXTURE: Record<string, string> = {
  'tsconfig.json': '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true } }',
  'src/solver/core.ts': 'export const one = 1;\n',
  'src/solver/badImportsLib.ts': "import { site } from '../lib/site.ts';\nexport const x = site;\n",
  'src/solver/cycleA.ts': "import { b } from './cycleB.ts';\nexport const a = () => b;\n",
  'src/solver/cycleB.ts': "import { a } from './cycleA.ts';\nexport const b = () => a;\n",
  'src/words/badImportsWidget.ts': "import { w } from '../../components/widgets/runtime/w.ts';\nexport const y = w;\n",
  'src/words/goodImportsSolver.ts': "import { one } from '../solver/core.ts';\nexport const z = one;\n",
  'src/lib/site.ts': 'export const site = 1;\n',
  'src/chrome/badImportsContent.ts': "import { f } from '../../content/lessons/l.facts.ts';\nexport const c = f;\n",
  'src/pages/page.ts': 'export const page = 1;\n',
  'components/widgets/runtime/w.ts': 'export const w = 1;\n',
  'components/widgets/runtime/badImportsChrome.ts':
    "import { c } from '../../../src/chrome/badImportsContent.ts';\nexport const v = c;\n",
  'components/widgets/runtime/goodImportsSolver.ts':
    "import { one } from '../../../src/solver/core.ts';\nexport const u = one;\n",
  'content/lessons/l.facts.ts': "import { one } from '../../src/solver/core.ts';\nexport const f = one;\n",
  'content/lessons/badImportsPages.ts': "import { page } from '../../src/pages/page.ts';\nexport const p = page;\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let dir = '';
let violations: Violation[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unrolled-boundaries-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const cruise = (...args: string[]) =>
    spawnSync(DEPCRUISE, ['-c', CONFIG, ...args, 'src', 'components', 'content'], { cwd: dir, encoding: 'utf8' });
  // As `npm run lint` runs it (the default reporter): a broken rule makes the command fail.
  const lint = cruise();
  if (lint.error) throw new Error(`depcruise could not be started: ${lint.error.message}`);
  expect(lint.status).not.toBe(0);
  expect(lint.stdout).toMatch(/dependency violations/);
  const json = cruise('-T', 'json');
  violations = (JSON.parse(json.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const firing = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);

describe('the import rules of npm run lint', () => {
  it('fail on the solver importing the site', () => {
    expect(firing('solver-imports-only-solver')).toEqual(['src/solver/badImportsLib.ts → src/lib/site.ts']);
  });
  it('fail on an import cycle', () => {
    const cycles = firing('no-cycles');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatch(/^src\/solver\/cycle([AB])\.ts → src\/solver\/cycle(?!\1)[AB]\.ts$/);
  });
  it('fail on words importing a widget, but not on words importing the solver', () => {
    expect(firing('words-import-only-solver-and-words')).toEqual([
      'src/words/badImportsWidget.ts → components/widgets/runtime/w.ts',
    ]);
  });
  it('fail on a widget importing the lesson chrome, but not on a widget importing the solver', () => {
    expect(firing('widgets-stay-out-of-site-and-lessons')).toEqual([
      'components/widgets/runtime/badImportsChrome.ts → src/chrome/badImportsContent.ts',
    ]);
  });
  it('fail on the chrome importing a lesson and on a lesson importing a page', () => {
    expect(firing('chrome-imports-widgets-words-solver-lib')).toEqual([
      'src/chrome/badImportsContent.ts → content/lessons/l.facts.ts',
    ]);
    expect(firing('content-not-pages')).toEqual(['content/lessons/badImportsPages.ts → src/pages/page.ts']);
  });
  it('fire nowhere else (the good imports pass)', () => {
    expect(violations.filter((v) => /good|l\.facts\.ts →|core\.ts →/.test(`${v.from} →`))).toEqual([]);
    expect(violations).toHaveLength(6);
  });
});
