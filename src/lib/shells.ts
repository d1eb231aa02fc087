import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** Every .astro shell in components/, by file name (build time only). */
const SHELLS = import.meta.glob<{ default: AstroComponentFactory }>('../../components/*.astro', { eager: true });

/** The .astro shell a registry entry names (`components/<shell>.astro`); throws on a missing one. */
export function shellOf(shell: string): AstroComponentFactory {
  const found = SHELLS[`../../components/${shell}.astro`];
  if (!found) throw new Error(`No shell components/${shell}.astro for the widget registry`);
  return found.default;
}
