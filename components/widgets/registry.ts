import type { ParamTable } from './runtime/params';
import { inversionTable } from './inversion/table';
import { latentTable } from './latent/table';
import { trainingTable } from './training/table';
import { rootsTable } from './researchRoots/table';
import { explodeTable } from './researchExplode/table';
import { neumannTable } from './researchNeumann/table';
import { rewindTable } from './researchRewind/table';
import { tapeTable } from './researchTape/table';
import { digitsInvertTable } from './digitsInvert/table';
import { digitsDrawTable } from './digitsDraw/table';
import { digitsTrainTable } from './digitsTrain/table';
import { digitsGenerateTable } from './digitsGenerate/table';

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
  /** Extra props for the shell on /widgets/ (e.g. the step it opens at). */
  pageProps?: Record<string, unknown>;
  /**
   * Shown on /widgets/ as a link to its embed page rather than placed there: one page cannot carry
   * every kind's script within the JavaScript budget (the digits widgets also load the data set).
   */
  linkOnly?: boolean;
  /** The data credit its embed page shows under the widget (the lessons show it in their text). */
  credit?: 'digits';
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
  'digits-invert': {
    label: 'Inverting one digit',
    heading: 'Inverting one digit',
    shell: 'DigitsInvertWidget',
    pageId: 'digits-invert',
    linkOnly: true,
    credit: 'digits',
    table: digitsInvertTable,
    load: () => import('./digitsInvert/mount').then((m) => m.mountDigitsInvert),
  },
  'digits-draw': {
    label: 'Draw a digit',
    heading: 'Draw a digit',
    shell: 'DigitsDrawWidget',
    pageId: 'digits-draw',
    linkOnly: true,
    credit: 'digits',
    table: digitsDrawTable,
    load: () => import('./digitsDraw/mount').then((m) => m.mountDigitsDraw),
  },
  'digits-train': {
    label: 'Training the dictionary D',
    heading: 'Training the dictionary D',
    shell: 'DigitsTrainWidget',
    pageId: 'digits-train',
    linkOnly: true,
    credit: 'digits',
    embedProps: { headingLevel: 2 },
    table: digitsTrainTable,
    load: () => import('./digitsTrain/mount').then((m) => m.mountDigitsTrain),
  },
  'digits-generate': {
    label: 'The generative direction for the digits',
    heading: 'The generative direction for the digits',
    shell: 'DigitsGenerateWidget',
    pageId: 'digits-generate',
    linkOnly: true,
    credit: 'digits',
    table: digitsGenerateTable,
    load: () => import('./digitsGenerate/mount').then((m) => m.mountDigitsGenerate),
  },
  'research-roots': {
    label: 'Exact fits of the N-step inverse against N',
    heading: 'Exact fits against N (short-horizon bias)',
    shell: 'ResearchRoots',
    pageId: 'roots',
    embedProps: { k: 10 },
    pageProps: { k: 10 },
    table: rootsTable,
    load: () => import('./researchRoots/mount').then((m) => m.mountRoots),
  },
  'research-explode': {
    label: 'When unrolled gradients explode: the map over α and a',
    heading: 'The explosion map over α and a',
    shell: 'ResearchExplode',
    pageId: 'explode',
    linkOnly: true,
    embedProps: { k: 20 },
    pageProps: { k: 20 },
    table: explodeTable,
    load: () => import('./researchExplode/mount').then((m) => m.mountExplode),
  },
  'research-neumann': {
    label: 'The implicit limit: unrolled derivatives against N',
    heading: 'The implicit limit',
    shell: 'ResearchNeumannWidget',
    pageId: 'research-neumann',
    linkOnly: true,
    table: neumannTable,
    load: () => import('./researchNeumann/mount').then((m) => m.mountNeumann),
  },
  'research-rewind': {
    label: 'Rewinding the inversion from g(N)',
    heading: 'Rewinding the optimiser',
    shell: 'ResearchRewindWidget',
    pageId: 'research-rewind',
    linkOnly: true,
    table: rewindTable,
    load: () => import('./researchRewind/mount').then((m) => m.mountRewind),
  },
  'research-tape': {
    label: 'The nested-loop tape',
    heading: 'The nested-loop tape',
    shell: 'ResearchTapeWidget',
    pageId: 'research-tape',
    linkOnly: true,
    table: tapeTable,
    load: () => import('./researchTape/mount').then((m) => m.mountTape),
  },
} as const satisfies Record<string, WidgetKindEntry>;

export type WidgetKind = keyof typeof WIDGET_KINDS;

/** Every kind, in the registry's order. */
export const KINDS = Object.keys(WIDGET_KINDS) as WidgetKind[];

/** The kind a shell tag (`<TrainingWidget … />`) places, or null. */
export function kindOfShell(shell: string): WidgetKind | null {
  return KINDS.find((k) => WIDGET_KINDS[k].shell === shell) ?? null;
}
