import type { APIRoute, GetStaticPaths } from 'astro';
import { type CardView, drawCard } from '../../lib/charts/card';
import { cardRoutes } from '../../lib/views/site';

// The SVG of every share card; scripts/build.ts rasterises each into the PNG the pages announce.
export const getStaticPaths = (async () =>
  (await cardRoutes('vi')).map(({ card, view }) => ({
    params: { card },
    props: { card: view },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(drawCard((props as { card: CardView }).card), { headers: { 'Content-Type': 'image/svg+xml' } });
