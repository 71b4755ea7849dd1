import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPaths, cardResponse } from '../../lib/views/share-routes';

// The SVG of every share card; scripts/build.ts rasterises each into the PNG the pages announce.
export const getStaticPaths = (() => cardPaths('vi')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props);
