import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** All lessons, sorted by their `order` field. */
export async function orderedLessons(): Promise<Lesson[]> {
  const all = await getCollection('lessons');
  return all.sort((p, q) => p.data.order - q.data.order);
}

/** The part of lessons that name none: the article's derivation and what it leaves open. */
export const DEFAULT_PART = 'The article and beyond';

/** The part a lesson belongs to. */
export function partOf(lesson: Lesson): string {
  return lesson.data.part ?? DEFAULT_PART;
}

/**
 * Lessons grouped by part, the parts in the order of their first lesson; each lesson keeps its
 * position in the whole course (1-based), so numbering runs on across parts.
 */
export function lessonParts(
  lessons: readonly Lesson[],
): { name: string; lessons: { lesson: Lesson; position: number }[] }[] {
  const parts: { name: string; lessons: { lesson: Lesson; position: number }[] }[] = [];
  lessons.forEach((lesson, i) => {
    const name = partOf(lesson);
    const part = parts.find((p) => p.name === name) ?? parts[parts.push({ name, lessons: [] }) - 1];
    part?.lessons.push({ lesson, position: i + 1 });
  });
  return parts;
}
