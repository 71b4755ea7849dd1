import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../lib/views/share-routes';

// Each English chart's SVG and the CSV of its table; scripts/build.ts rasterises each SVG into its PNG.
export const getStaticPaths = (() => chartFilePaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => chartFileResponse(props);
