import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../lib/charts/standalone';
import { CHART_FILE_DIR, chartFile } from '../../lib/share-urls';
import { tableCsv } from '../../lib/views/share';
import { sharedPages } from '../../lib/views/site';
import type { ChartView } from '../../lib/views/types';

interface Props {
  chart: ChartView;
  format: 'svg' | 'csv';
}

// Each chart's SVG and the CSV of its table; scripts/build.ts rasterises each SVG into its PNG.
export const getStaticPaths = (async () =>
  (await sharedPages()).flatMap((p) =>
    p.charts
      .filter((chart) => chart.svg)
      .flatMap((chart) =>
        (['svg', 'csv'] as const).map((format) => ({
          params: { file: chartFile(p.path, chart.id, format).slice(CHART_FILE_DIR.length) },
          props: { chart, format } satisfies Props,
        })),
      ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart, format } = props as Props;
  return format === 'svg'
    ? new Response(standaloneSvg(chart.svg), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(tableCsv(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
