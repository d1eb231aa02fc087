import type { ParamTable } from './runtime/params';
import { inversionTable } from './inversion/table';
import { latentTable } from './latent/table';
import { trainingTable } from './training/table';

/**
 * The registry of widget kinds: the embed page (/embed/<kind>/), the page of all widgets
 * (/widgets/), the teachers' link builder and the tests list the kinds from here. Adding a kind
 * is one entry (plus its folder and its .astro shell).
 */
export interface WidgetKindEntry {
  /** The widget's title on its embed page (and the shell's default title). */
  label: string;
  /** Its section heading on /widgets/. */
  heading: string;
  /** The .astro shell in components/ (`components/<shell>.astro`), as lessons write it in MDX. */
  shell: string;
  /** The widget's id on /widgets/ (its URL-state prefix there). */
  pageId: string;
  /** Extra props for the shell on the embed page, where the widget is the page's only content. */
  embedProps?: Record<string, unknown>;
  /** The parameter table: controls, URL state, presets. */
  table: ParamTable;
  /** Loads the kind's renderers (a separate chunk) and returns its mount function. */
  load(): Promise<(root: HTMLElement) => unknown>;
}

export const WIDGET_KINDS = {
  inversion: {
    label: 'Inversion by gradient descent',
    heading: 'The inversion',
    shell: 'InversionWidget',
    pageId: 'inv',
    table: inversionTable,
    load: () => import('./inversion/mount').then((m) => m.mountInversion),
  },
  training: {
    label: 'Training θ through the inversion',
    heading: 'The training',
    shell: 'TrainingWidget',
    pageId: 'train',
    embedProps: { headingLevel: 2 },
    table: trainingTable,
    load: () => import('./training/mount').then((m) => m.mountTraining),
  },
  latent: {
    label: 'The generative direction: from y to x',
    heading: 'The generative direction',
    shell: 'LatentExplorer',
    pageId: 'latent',
    table: latentTable,
    load: () => import('./latent/mount').then((m) => m.mountLatent),
  },
} as const satisfies Record<string, WidgetKindEntry>;

export type WidgetKind = keyof typeof WIDGET_KINDS;

/** Every kind, in the registry's order. */
export const KINDS = Object.keys(WIDGET_KINDS) as WidgetKind[];

/** The kind a shell tag (`<TrainingWidget … />`) places, or null. */
export function kindOfShell(shell: string): WidgetKind | null {
  return KINDS.find((k) => WIDGET_KINDS[k].shell === shell) ?? null;
}
