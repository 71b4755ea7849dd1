/**
 * What a page shares: the files and embed code under each chart, the CSV of a
 * chart's table, and the view of a chart's embed page (a chart alone, with
 * its caption, source and a link back, for other sites to frame).
 */
import { csvCell } from '../downloads';
import type { Lang } from '../locale';
import { type ChartFormat, chartFileHref, chartFileName, embedHref, langOfPath } from '../share-urls';
import type { SiteData } from '../site-data';
import { absoluteUrl, sitePath } from '../urls';
import { datasetIn, siteNameIn } from './layout';
import type { ChartView, Link, TableView } from './types';

/** The words of what a chart shares, in each language. */
const WORDS = {
  vi: {
    filesLabel: 'Tải biểu đồ:',
    format: { svg: 'SVG', png: 'PNG', csv: 'Số liệu (CSV)' },
    embedLabel: 'Mã nhúng biểu đồ này vào trang web khác (chép đoạn mã dưới đây):',
    embedLink: 'Xem trang nhúng',
    source: (publisher: string, title: string, licence: string) =>
      `Nguồn: ${publisher}, ${title}. Giấy phép: ${licence}.`,
    back: (page: string) => `Xem đầy đủ số liệu: ${page}`,
    sample: {
      title: 'Dữ liệu mẫu.',
      text: 'Các con số này được tạo tự động để minh họa, không phải số liệu thật của cơ quan thi hành án dân sự.',
    },
    fileSource: (site: string, version: string) => `Nguồn: ${site}, dữ liệu phiên bản ${version}`,
  },
  en: {
    filesLabel: 'Download the chart:',
    format: { svg: 'SVG', png: 'PNG', csv: 'Data (CSV)' },
    embedLabel: 'Code to embed this chart in another website (copy the code below):',
    embedLink: 'Open the embed page',
    source: (publisher: string, title: string, licence: string) =>
      `Source: ${publisher}, ${title}. Licence: ${licence}.`,
    back: (page: string) => `All the figures: ${page}`,
    sample: {
      title: 'Sample data.',
      text: 'These figures are generated to illustrate the site; they are not real figures of the civil judgment enforcement agencies.',
    },
    fileSource: (site: string, version: string) => `Source: ${site}, data version ${version}`,
  },
} as const satisfies Record<Lang, unknown>;
const FORMAT_TYPE: Record<ChartFormat, string> = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv' };

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

/** The charts of the page at `pagePath`, each with its files and embed code, in the page's language. */
export function withShare(pagePath: string, charts: readonly ChartView[]): ChartView[] {
  const w = WORDS[langOfPath(pagePath)];
  return charts.map((chart) => {
    if (!chart.svg) return chart;
    const embed = embedHref(pagePath, chart.id);
    return {
      ...chart,
      share: {
        filesLabel: w.filesLabel,
        files: (['svg', 'png', 'csv'] as const).map((f) => ({
          text: w.format[f],
          href: chartFileHref(pagePath, chart.id, f),
          name: chartFileName(pagePath, chart.id, f),
          type: FORMAT_TYPE[f],
        })),
        embed: {
          label: w.embedLabel,
          href: embed,
          linkText: w.embedLink,
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

/**
 * What a downloaded chart file (SVG, PNG) says under the chart, in the page's language: where it comes from
 * (site, the page's address when SITE_URL is set, the dataset's version) and, for the generated sample, so.
 */
export interface ChartFileNotes {
  source: string;
  sample?: string;
}

export function chartFileNotes(data: SiteData, pagePath: string): ChartFileNotes {
  const { info } = data.dataset;
  const lang = langOfPath(pagePath);
  const w = WORDS[lang];
  const page = absoluteUrl(sitePath(pagePath));
  const site = page ? `${siteNameIn(lang)}, ${page}` : siteNameIn(lang);
  return {
    source: w.fileSource(site, info.updated),
    ...(info.sample ? { sample: `${w.sample.title} ${w.sample.text}` } : {}),
  };
}

/** The embed page of one chart. */
export interface EmbedView {
  lang: Lang;
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
export function embedView(data: SiteData, page: { path: string; heading: string }, chart: ChartView): EmbedView {
  const { info } = data.dataset;
  const lang = langOfPath(page.path);
  const w = WORDS[lang];
  const { share: _share, tableLink, ...rest } = chart;
  const pagePath = page.path;
  // A link to a table further down the full page ("#bang-…") leads there; the embed shows its own table otherwise.
  const bare: ChartView = tableLink && !tableLink.href.startsWith('#') ? { ...rest, tableLink } : rest;
  return {
    lang,
    heading: page.heading,
    title: chart.caption,
    description: chart.summary,
    canonical: absoluteUrl(sitePath(pagePath)),
    chart: bare,
    source: (({ publisher, title }) => w.source(publisher, title, info.licence))(datasetIn(info, lang)),
    back: { href: sitePath(pagePath), text: w.back(page.heading) },
    ...(info.sample ? { sample: w.sample } : {}),
  };
}
