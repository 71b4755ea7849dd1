/**
 * The routes of the shared files, in both languages: the share cards
 * (/chia-se/, /en/share/) and the chart files (/bieu-do/, /en/charts/). Each
 * route file names its language and hands Astro what these return, so the two
 * languages' routes cannot drift apart.
 */
import { type CardView, drawCard } from '../charts/card';
import { standaloneSvg } from '../charts/standalone';
import type { Lang } from '../locale';
import { tableCsv } from './share';
import { cardRoutes, chartFileRoutes, sharedChart } from './site';

/** The static paths of a language's share cards: one SVG per page that shares, rasterised into its PNG by the build. */
export const cardPaths = async (lang: Lang) =>
  (await cardRoutes(lang)).map(({ card, view }) => ({ params: { card }, props: { card: view } }));

/** A share card's SVG. */
export const cardResponse = (props: Record<string, unknown>): Response =>
  new Response(drawCard((props as { card: CardView }).card), { headers: { 'Content-Type': 'image/svg+xml' } });

type ChartFileProps = Omit<Awaited<ReturnType<typeof chartFileRoutes>>[number], 'file'>;

/** The static paths of a language's chart files: each chart's SVG (rasterised into its PNG by the build) and its table's CSV. */
export const chartFilePaths = async (lang: Lang) =>
  (await chartFileRoutes(lang)).map(({ file, ...props }) => ({
    params: { file },
    props: props satisfies ChartFileProps,
  }));

/** A chart file: the chart on its own with its source line, or the CSV of its table. */
export function chartFileResponse(props: Record<string, unknown>): Response {
  const { page, chart: id, format, notes } = props as ChartFileProps;
  const chart = sharedChart(page, id);
  return format === 'svg'
    ? new Response(standaloneSvg(chart.svg, notes), { headers: { 'Content-Type': 'image/svg+xml' } })
    : new Response(tableCsv(chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
