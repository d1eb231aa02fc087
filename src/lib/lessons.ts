import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** All lessons, sorted by their `order` field. */
export async function orderedLessons(): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  return all.sort((p, q) => p.data.order - q.data.order);
}
