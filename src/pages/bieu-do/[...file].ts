import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../lib/views/share-routes';

// Each chart's SVG and the CSV of its table; scripts/build.ts rasterises each SVG into its PNG.
export const getStaticPaths = (() => chartFilePaths('vi')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => chartFileResponse(props);
