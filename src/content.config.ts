import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** The lessons: one MDX file each in the top-level `content/lessons/` folder. */
const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string().min(3),
    /** Position in the course, 1-based; lessons are listed by it. */
    order: z.number().int().positive(),
    summary: z.string().min(10),
    objectives: z.array(z.string()).min(1),
    minutes: z.number().int().positive(),
    /** The part of the course the lesson belongs to; lessons without one are in the first part (src/lib/lessons.ts). */
    part: z.string().min(3).optional(),
  }),
});

export const collections = { lessons };
