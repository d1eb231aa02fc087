import { KINDS, kindOfShell, WIDGET_KINDS, type WidgetKind } from '../../components/widgets/registry';

/**
 * Every widget a teacher can link to (issue 13, the link builder): the embed page of each kind
 * in the widget registry and each widget placed in a lesson, read from the lessons' MDX at build time.
 */
export type { WidgetKind };

export interface LinkTarget {
  /** Unique key for the builder's list. */
  key: string;
  label: string;
  kind: WidgetKind;
  /** The page, relative to the site's base ("embed/training/", "lessons/x/"). */
  path: string;
  /** The widget's id on that page (its URL state prefix). */
  id: string;
  /** The controls the page shows for it (null: all of them). */
  controls: string[] | null;
}

/** A self-closing shell tag of any registered kind, with its attributes. */
const SHELL_TAG = new RegExp(`<(${KINDS.map((k) => WIDGET_KINDS[k].shell).join('|')})\\b([^>]*?)\\/>`, 'g');

/** The widgets placed in one lesson's MDX: kind, id and the controls it shows. */
export function widgetsIn(
  mdx: string,
): { kind: WidgetKind; id: string; title: string | null; controls: string[] | null }[] {
  const found = [];
  for (const [, shell = '', attrs = ''] of mdx.matchAll(SHELL_TAG)) {
    const kind = kindOfShell(shell);
    const id = attrs.match(/\bid="([^"]+)"/)?.[1];
    if (!id || !kind) continue;
    const list = attrs.match(/\bcontrols=\{\[([^\]]*)\]\}/)?.[1];
    found.push({
      kind,
      id,
      title: attrs.match(/\btitle="([^"]+)"/)?.[1] ?? null,
      controls: list === undefined ? null : [...list.matchAll(/'([^']+)'/g)].map(([, name = '']) => name),
    });
  }
  return found;
}

/** The builder's targets: the embeds first, then every lesson widget in lesson order. */
export function linkTargets(lessons: { slug: string; order: number; title: string; body: string }[]): LinkTarget[] {
  const embeds: LinkTarget[] = KINDS.map((kind) => ({
    key: `embed-${kind}`,
    label: `The ${kind} widget alone (embed page)`,
    kind,
    path: `embed/${kind}/`,
    id: 'w',
    controls: null,
  }));
  const inLessons = lessons.flatMap((l) =>
    widgetsIn(l.body).map((w) => ({
      key: `${l.slug}#${w.id}`,
      label: `Lesson ${l.order}, ${l.title}: ${w.title ?? w.id}`,
      kind: w.kind,
      path: `lessons/${l.slug}/`,
      id: w.id,
      controls: w.controls,
    })),
  );
  return [...embeds, ...inLessons];
}
