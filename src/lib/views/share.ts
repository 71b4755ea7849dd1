/**
 * What a page shares: the files and embed code under each chart, the CSV of a
 * chart's table, and the view of a chart's embed page (a chart alone, with
 * its caption, source and a link back, for other sites to frame).
 */
import { csvCell } from '../downloads';
import { type ChartFormat, chartFileHref, chartFileName, embedHref } from '../share-urls';
import type { SiteData } from '../site-data';
import { absoluteUrl, sitePath } from '../urls';
import type { ChartView, Link, TableView } from './types';

const FILES_LABEL = 'Tải biểu đồ:';
const FORMAT_TEXT: Record<ChartFormat, string> = { svg: 'SVG', png: 'PNG', csv: 'Số liệu (CSV)' };
const FORMAT_TYPE: Record<ChartFormat, string> = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv' };
const EMBED_LABEL = 'Mã nhúng biểu đồ này vào trang web khác (chép đoạn mã dưới đây):';
const EMBED_LINK = 'Xem trang nhúng';
const SOURCE = (publisher: string, title: string, licence: string) =>
  `Nguồn: ${publisher}, ${title}. Giấy phép: ${licence}.`;
const BACK = (page: string) => `Xem đầy đủ số liệu: ${page}`;
const SAMPLE = {
  title: 'Dữ liệu mẫu.',
  text: 'Các con số này được tạo tự động để minh họa, không phải số liệu thật của cơ quan thi hành án dân sự.',
};

/** The width of the embed in the iframe code, in CSS pixels. */
const EMBED_WIDTH = 400;
/**
 * Room an embedded chart needs besides its SVG at that width: heading, sample banner, caption, the folded
 * table, source line and link back, plus the summary at about 40 characters a line of 26 px.
 */
const EMBED_FIXED_HEIGHT = 380;
const SUMMARY_LINE = { chars: 40, px: 26 };

/** The iframe code for another site: the embed page's absolute address when SITE_URL is set, else its path. */
function iframeCode(chart: ChartView, src: string): string {
  const svgWidth = Number(/ width="(\d+)"/.exec(chart.svg)?.[1] ?? EMBED_WIDTH);
  const svgHeight = Number(/ height="(\d+)"/.exec(chart.svg)?.[1] ?? 300);
  const summaryLines = Math.ceil(chart.summary.length / SUMMARY_LINE.chars);
  const height =
    Math.ceil((svgHeight * Math.min(EMBED_WIDTH, svgWidth)) / svgWidth) +
    EMBED_FIXED_HEIGHT +
    summaryLines * SUMMARY_LINE.px;
  const title = chart.caption.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${src}" title="${title}" width="${EMBED_WIDTH}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** The charts of the page at `pagePath`, each with its files and embed code. */
export function withShare(pagePath: string, charts: readonly ChartView[]): ChartView[] {
  return charts.map((chart) => {
    if (!chart.svg) return chart;
    const embed = embedHref(pagePath, chart.id);
    return {
      ...chart,
      share: {
        filesLabel: FILES_LABEL,
        files: (['svg', 'png', 'csv'] as const).map((f) => ({
          text: FORMAT_TEXT[f],
          href: chartFileHref(pagePath, chart.id, f),
          name: chartFileName(pagePath, chart.id, f),
          type: FORMAT_TYPE[f],
        })),
        embed: {
          label: EMBED_LABEL,
          href: embed,
          linkText: EMBED_LINK,
          code: iframeCode(chart, absoluteUrl(embed) ?? embed),
        },
      },
    };
  });
}

/** A chart's table as CSV, the cells as the page shows them: UTF-8 with a byte-order mark, CRLF, as the other downloads. */
export function tableCsv(table: TableView): string {
  const line = (cells: readonly string[]) => `${cells.map((c) => csvCell(c)).join(',')}\r\n`;
  return `\uFEFF${line(table.head)}${table.rows.map((r) => line(r.map((c) => c.text))).join('')}`;
}

/** The embed page of one chart. */
export interface EmbedView {
  /** The heading of the page the chart comes from (the unit's name), the embed's h1. */
  heading: string;
  /** The document title: the chart's caption. */
  title: string;
  description: string;
  /** The full page's absolute address, as the embed's canonical link; undefined without SITE_URL. */
  canonical: string | undefined;
  chart: ChartView;
  source: string;
  back: Link;
  /** Said above the chart when the dataset is the generated sample, as on every page. */
  sample?: { title: string; text: string };
}

/** The embed page of `chart`, found on the page at `page.path`. */
export function embedView(
  data: SiteData,
  page: { path: string; title: string; heading: string },
  chart: ChartView,
): EmbedView {
  const { info } = data.dataset;
  const { share: _share, tableLink, ...rest } = chart;
  const pagePath = page.path;
  // A link to a table further down the full page ("#bang-…") leads there; the embed shows its own table otherwise.
  const bare: ChartView = tableLink && !tableLink.href.startsWith('#') ? { ...rest, tableLink } : rest;
  return {
    heading: page.heading,
    title: chart.caption,
    description: chart.summary,
    canonical: absoluteUrl(sitePath(pagePath)),
    chart: bare,
    source: SOURCE(info.publisher, info.title, info.licence),
    back: { href: sitePath(pagePath), text: BACK(page.heading) },
    ...(info.sample ? { sample: SAMPLE } : {}),
  };
}
