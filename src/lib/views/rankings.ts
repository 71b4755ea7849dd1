import { group } from 'd3';
import type { UnitStat } from '../compute/model';
import { regionsOn } from '../geo/regions';
import { enMonths, type Lang, LOCALES } from '../locale';
import { type Period, periodOf } from '../period';
import type { Measure } from '../schemas/results';
import { rankingsPagePath } from '../share-urls';
import type { SiteData } from '../site-data';
import { inBothLangs, pageHref, rankingsHref, rankingTablesHref } from '../urls';
import { cardImage, rankingsCard } from './card';
import { rankingChart } from './charts';
import { type BreadcrumbsView, breadcrumbsIn, type LayoutView, layoutView } from './layout';
import { type MapView, mapChart } from './map';
import { withShare } from './share';
import type { ChartView, Link } from './types';

/** The sentences of the rankings pages, in each language; `when` is the period inside a sentence. */
const WORDS = {
  vi: {
    wholeYear: 'Cả năm',
    partYear: (months: number, end: string) => `${months} tháng (lũy kế đến ${end})`,
    scope: 'các tỉnh, thành phố',
    provinces: (n: string) => `${n} tỉnh, thành phố`,
    coverage: (reporting: string, inForce: string) => `${reporting}/${inForce} tỉnh, thành phố có số liệu`,
    heading: (when: string) => `Xếp hạng các tỉnh, thành phố: ${when}`,
    cumulative: ', số liệu lũy kế từ đầu năm thống kê',
    table: (when: string) => `Các tỉnh, thành phố, ${when}`,
    title: (when: string) => `Xếp hạng các tỉnh, thành phố, ${when}`,
    description: (geography: string, when: string) =>
      `Bản đồ và xếp hạng ${geography} theo tỷ lệ thi hành xong về việc và về tiền, ${when}.`,
    crumb: 'Xếp hạng',
    page: {
      latest: 'Đây là kỳ mới nhất có đủ số liệu.',
      picker: 'Chọn kỳ báo cáo khác',
      year: 'Năm thống kê',
      maps: 'Bản đồ',
      rankings: 'Xếp hạng',
      ties: 'Tỷ lệ bằng nhau thì cùng hạng; tỉnh, thành phố chưa có tỷ lệ không được xếp hạng.',
    },
  },
  en: {
    wholeYear: 'Whole year',
    partYear: (months: number, end: string) => `${enMonths(months)} (cumulative to ${end})`,
    scope: 'the provinces',
    provinces: (n: string) => `${n} provinces`,
    coverage: (reporting: string, inForce: string) => `${reporting}/${inForce} provinces with figures`,
    heading: (when: string) => `The provinces ranked: ${when}`,
    cumulative: ', figures cumulative from the start of the statistical year',
    table: (when: string) => `The provinces, ${when}`,
    title: (when: string) => `The provinces ranked, ${when}`,
    description: (geography: string, when: string) =>
      `Maps and rankings of ${geography} by completion rate by cases and by money, ${when}.`,
    crumb: 'Rankings',
    page: {
      latest: 'This is the latest period with complete figures.',
      picker: 'Choose another reporting period',
      year: 'Statistical year',
      maps: 'Maps',
      rankings: 'Rankings',
      ties: 'Equal rates share a rank; provinces without a rate are not ranked.',
    },
  },
} as const satisfies Record<Lang, unknown>;

export interface PeriodLink {
  text: string;
  /** "01/10/2023 – 31/03/2024" */
  range: string;
  href: string;
  current: boolean;
}

export interface RankingsView {
  /** The fixed words of the page: picker, headings, the note on ties. */
  words: (typeof WORDS)[Lang]['page'];
  period: Period;
  /** "Năm 2024", "6 tháng năm 2024 (đến 31/03/2024)" */
  label: string;
  range: string;
  isLatest: boolean;
  /** "34 tỉnh, thành phố" or "63 tỉnh, thành phố": the provinces in force on the period's last day. */
  geography: string;
  /** "34/34 tỉnh, thành phố có số liệu" */
  coverage: string;
  /** "Xếp hạng các tỉnh, thành phố: năm 2024" */
  heading: string;
  /** "01/10/2023 – 30/09/2024. 63 tỉnh, thành phố; 63/63 tỉnh, thành phố có số liệu", the page adds the full stop. */
  lede: string;
  /** Every period, grouped by statistical year, newest year first. */
  years: { year: number /** "nam-2024" */; id: string; range: string; periods: PeriodLink[] }[];
  maps: MapView[];
  rankings: ChartView[];
  /** The full ranking tables of the period, on a page of their own. */
  tablesLink: Link;
}

/** The anchor of each measure's table on the period's table page, linked from its maps and charts. */
export const TABLE_ANCHOR: Record<Measure, string> = { cases: 've-viec', money: 've-tien' };

/** The reader-facing words of the links from a period's maps and charts to its table page. */
const TABLE_LINK_TEXT = {
  vi: {
    figure: 'Xem số liệu dạng bảng (bảng xếp hạng đầy đủ)',
    page: 'Bảng xếp hạng đầy đủ: tỷ lệ, thay đổi so với cùng kỳ và so với chỉ tiêu của từng tỉnh, thành phố',
  },
  en: {
    figure: 'Show the figures as a table (the full ranking table)',
    page: 'The full ranking tables: rate, change on last year and against the target of every province',
  },
} as const satisfies Record<Lang, unknown>;

/** The link a map or chart of a period shows in place of its own table: that measure's table on the table page. */
export const rankingTableLink = (period: Period, measure: Measure, lang: Lang = 'vi'): Link => ({
  href: rankingTablesHref(period, TABLE_ANCHOR[measure], lang),
  text: TABLE_LINK_TEXT[lang].figure,
});

/** The link to the period's table page, from the rankings page and the home page. */
export const rankingTablesLink = (period: Period, lang: Lang = 'vi'): Link => ({
  href: rankingTablesHref(period, undefined, lang),
  text: TABLE_LINK_TEXT[lang].page,
});

/** The provinces of a period: `byPeriod` holds only the units in force on its last day. */
export function provinceStats(data: SiteData, period: Period): UnitStat[] {
  return data.model.provincesByPeriod.get(period.key) ?? [];
}

/**
 * The maps of a period (both, cases then money, unless `measures` says), `id`
 * prefixing their ids; the first defines the shapes the others draw. With
 * `linkTables` each links to its table page instead of carrying its table.
 */
export function periodMaps(
  data: SiteData,
  period: Period,
  opts: { id?: string; measures?: readonly Measure[]; linkTables?: boolean; lang?: Lang } = {},
): MapView[] {
  const { id = 'ban-do', measures = ['cases', 'money'], linkTables = false, lang = 'vi' } = opts;
  const regions = regionsOn(period.end, data.dataset.registry);
  const stats = provinceStats(data, period);
  return measures.map((m, i) => {
    const map = mapChart(`${id}-${m}`, regions, stats, m, period, { id: `${id}-hinh`, define: i === 0 }, lang);
    return linkTables ? { ...map, tableLink: rankingTableLink(period, m, lang) } : map;
  });
}

/** "Cả năm" or "6 tháng (lũy kế đến 31/03/2024)": the label of a period inside its year. */
function periodInYear(p: Period, lang: Lang): string {
  const w = WORDS[lang];
  return p.months === 12 ? w.wholeYear : w.partYear(p.months, LOCALES[lang].date(p.end));
}

/** The heading of a period's rankings page: "Xếp hạng … năm 2025". */
export const rankingsHeading = (period: Period, lang: Lang = 'vi'): string =>
  WORDS[lang].heading(LOCALES[lang].periodInText(period));

/** The charts of a period's rankings page, the provinces ranked in cases then in money, each linking to its table. */
export function rankingsCharts(data: SiteData, period: Period, lang: Lang = 'vi'): ChartView[] {
  const stats = provinceStats(data, period);
  return (['cases', 'money'] as const).map((m) => ({
    ...rankingChart(`xep-hang-${m}`, stats, m, WORDS[lang].scope, { lang }),
    tableLink: rankingTableLink(period, m, lang),
  }));
}

/**
 * The rankings page of one period: its map, the provinces ranked, links to
 * every other period. `drawn` are its charts when they were drawn before, for
 * the page's shared files (views/site.ts keeps them).
 */
export function rankingsView(
  data: SiteData,
  period: Period,
  lang: Lang = 'vi',
  drawn?: readonly ChartView[],
): RankingsView {
  const { model, dataset } = data;
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const national = model.national.get(period.key);
  if (!national) throw new Error(`No data for the period ${period.key}`);
  const { reporting, inForce } = national.coverage;
  const years = group(model.periods, (p) => p.year);
  const regions = regionsOn(period.end, dataset.registry);
  const label = loc.period(period);
  const range = loc.range(period);
  const geography = w.provinces(loc.count(regions.length));
  const coverage = w.coverage(loc.count(reporting), loc.count(inForce));
  return {
    words: w.page,
    period,
    label,
    range,
    isLatest: period.key === model.latest.key,
    geography,
    coverage,
    heading: rankingsHeading(period, lang),
    lede: `${range}${period.months < 12 ? w.cumulative : ''}. ${geography}; ${coverage}`,
    years: [...years]
      .sort(([a], [b]) => b - a)
      .map(([year, periods]) => ({
        year,
        id: `nam-${year}`,
        range: loc.range(periodOf(year, 12)),
        periods: [...periods]
          .sort((a, b) => a.order - b.order)
          .map((p) => ({
            text: periodInYear(p, lang),
            range: loc.range(p),
            href: rankingsHref(p, lang),
            current: p.key === period.key,
          })),
      })),
    maps: periodMaps(data, period, { linkTables: true, lang }),
    rankings: drawn ? [...drawn] : rankingsCharts(data, period, lang),
    tablesLink: rankingTablesLink(period, lang),
  };
}

/** The rankings page of a period with its layout; `index` for /xep-hang/, which shows the latest period. */
export interface RankingsPageView extends RankingsView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
}

export function rankingsPageView(
  data: SiteData,
  view: RankingsView,
  at: 'index' | 'period',
  lang: Lang = 'vi',
): RankingsPageView {
  const w = WORDS[lang];
  const label = LOCALES[lang].periodInText(view.period);
  const address = (l: Lang) => (at === 'index' ? pageHref('rankings', l) : rankingsHref(view.period, l));
  // The share card, chart files and embeds are drawn in the page's language, named after its path.
  const pagePath = rankingsPagePath(at === 'index' ? 'latest' : view.period, lang);
  const layout = layoutView(data, {
    path: address(lang),
    lang,
    alternates: inBothLangs(address),
    title: w.title(label),
    description: w.description(view.geography, label),
    image: cardImage(pagePath, rankingsCard(data, view.period, lang)),
  });
  const rankings = withShare(pagePath, view.rankings);
  return { ...view, rankings, layout, breadcrumbs: breadcrumbsIn(lang, { text: w.crumb }) };
}
