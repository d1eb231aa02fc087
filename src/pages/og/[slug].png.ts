import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { orderedLessons } from '../../lib/lessons';
import { HOME_CARD, ogSvg, type OgCard } from '../../lib/ogImage';

/** One Open Graph preview PNG per lesson, plus one for the course, rendered at build time. */
export const getStaticPaths = (async () => {
  const lessons = await orderedLessons();
  const home: OgCard = {
    kicker: 'An interactive course',
    title: 'Unrolled: inverse problems, step by step',
    subtitle: 'Predict by inverting a generative model with gradient descent; train it through the unrolled loop.',
  };
  return [
    { params: { slug: HOME_CARD }, props: { card: home } },
    ...lessons.map((lesson, i) => {
      if (lesson.id === HOME_CARD) throw new Error(`A lesson may not use the slug "${HOME_CARD}" (og image name).`);
      const card: OgCard = {
        kicker: `Unrolled · Lesson ${i + 1} of ${lessons.length}`,
        title: lesson.data.title,
        subtitle: lesson.data.summary,
      };
      return { params: { slug: lesson.id }, props: { card } };
    }),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await sharp(Buffer.from(ogSvg(props.card)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
