import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, WIDGET_KINDS, kindOfShell } from '../../../components/widgets/registry';
import { defaults } from '../../../components/widgets/runtime/params';
import { linkTargets, widgetsIn } from '../../../src/lib/widgetIndex';

describe('the registry of widget kinds', () => {
  it('each kind names an existing shell, a distinct id on /widgets/, and a table of distinct names', () => {
    const ids = KINDS.map((k) => WIDGET_KINDS[k].pageId);
    expect(new Set(ids).size).toBe(KINDS.length);
    for (const kind of KINDS) {
      const entry = WIDGET_KINDS[kind];
      expect(existsSync(new URL(`../../../components/${entry.shell}.astro`, import.meta.url)), entry.shell).toBe(true);
      const names = entry.table.map((s) => s.name);
      expect(new Set(names).size, kind).toBe(names.length);
      expect(Object.keys(defaults(entry.table)), kind).toEqual(names);
      expect(kindOfShell(entry.shell)).toBe(kind);
    }
    expect(kindOfShell('NotAWidget')).toBeNull();
  });

  it('each kind loads its mount function lazily', async () => {
    for (const kind of KINDS) expect(typeof (await WIDGET_KINDS[kind].load()), kind).toBe('function');
  });

  it('the link builder offers one embed per kind and finds every registered shell in a lesson', () => {
    const body = KINDS.map((k, i) => `<${WIDGET_KINDS[k].shell} id="w${i}" controls={['alpha']} />`).join('\n');
    expect(widgetsIn(body).map((w) => w.kind)).toEqual(KINDS);
    expect(widgetsIn('<Other id="x" />')).toEqual([]);
    const targets = linkTargets([{ slug: 's', order: 1, title: 'T', body }]);
    expect(targets.filter((t) => t.path.startsWith('embed/')).map((t) => t.kind)).toEqual(KINDS);
    expect(targets.filter((t) => t.path === 'lessons/s/').map((t) => t.controls)).toEqual(KINDS.map(() => ['alpha']));
  });
});
