import type { APIRoute, GetStaticPaths } from 'astro';
import { type CardView, drawCard } from '../../lib/charts/card';
import { cardFile } from '../../lib/share-urls';
import { sharedPages } from '../../lib/views/site';

// The SVG of every share card; scripts/build.ts rasterises each into the PNG the pages announce.
export const getStaticPaths = (async () =>
  (await sharedPages()).map((p) => ({
    params: { card: cardFile(p.path, 'svg').slice('/chia-se/'.length) },
    props: { card: p.card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(drawCard((props as { card: CardView }).card), { headers: { 'Content-Type': 'image/svg+xml' } });
