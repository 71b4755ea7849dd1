import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../../lib/charts/standalone';
import { tableCsv } from '../../../lib/views/share';
import { chartFileRoutes } from '../../../lib/views/site';

type Props = Omit<Awaited<ReturnType<typeof chartFileRoutes>>[number], 'file'>;

// Each English chart's SVG and the CSV of its table; scripts/build.ts rasterises each SVG into its PNG.
export const getStaticPaths = (async () =>
  (await chartFileRoutes('en')).map(({ file, ...props }) => ({
    params: { file },
    props: props satisfies Props,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart, format, notes } = props as Props;
  return format === 'svg'
    ? new Response(standaloneSvg(chart.svg, notes), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(tableCsv(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
