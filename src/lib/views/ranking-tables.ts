import type { Lang } from '../format';
import { LOCALES } from '../locale';
import type { Period } from '../period';
import type { SiteData } from '../site-data';
import { inBothLangs, rankingsHref, rankingTablesHref, unitHref } from '../urls';
import { type BreadcrumbsView, breadcrumbsIn, type LayoutView, layoutView } from './layout';
import { provinceStats, TABLE_ANCHOR } from './rankings';
import { rankingTables } from './tables';
import type { Link, TableView } from './types';

/** The reader-facing words of the page, in each language. */
const WORDS = {
  vi: {
    heading: (label: string) => `Bảng xếp hạng các tỉnh, thành phố: ${label}`,
    title: (label: string) => `Bảng xếp hạng các tỉnh, thành phố, ${label}`,
    description: (label: string) =>
      `Các tỉnh, thành phố xếp hạng theo tỷ lệ thi hành xong về việc và về tiền, ${label}: tỷ lệ, thay đổi so với cùng kỳ và so với chỉ tiêu.`,
    caption: (label: string) => `Các tỉnh, thành phố, ${label}`,
    sections: { cases: 'Xếp hạng về việc', money: 'Xếp hạng về tiền' },
    back: 'Bản đồ và biểu đồ xếp hạng của kỳ này',
    crumb: 'Xếp hạng',
  },
  en: {
    heading: (label: string) => `Ranking tables of the provinces: ${label}`,
    title: (label: string) => `Ranking tables of the provinces, ${label}`,
    description: (label: string) =>
      `The provinces ranked by completion rate by cases and by money, ${label}: rate, change on the same period of last year and against the target.`,
    caption: (label: string) => `The provinces, ${label}`,
    sections: { cases: 'Ranking by cases', money: 'Ranking by money' },
    back: 'The maps and ranking charts of this period',
    crumb: 'Rankings',
  },
} as const satisfies Record<Lang, unknown>;

export interface RankingTablesPageView {
  layout: LayoutView;
  breadcrumbs: BreadcrumbsView;
  heading: string;
  /** Back to the period's maps and charts. */
  back: Link;
  sections: { id: string; heading: string; table: TableView }[];
}

/**
 * The full ranking tables of a period, cases then money, on a page of their
 * own: the rankings page keeps its maps and charts, and each page stays light.
 */
export function rankingTablesPageView(data: SiteData, period: Period, lang: Lang = 'vi'): RankingTablesPageView {
  const { registry } = data.dataset;
  const [w, loc] = [WORDS[lang], LOCALES[lang]];
  const label = loc.periodInText(period);
  const tables = rankingTables(
    provinceStats(data, period),
    w.caption(label),
    (s) => unitHref(s.unit, registry, lang),
    lang,
  );
  const rankings = rankingsHref(period, lang);
  return {
    layout: layoutView(data, {
      path: rankingTablesHref(period, undefined, lang),
      lang,
      alternates: inBothLangs((l) => rankingTablesHref(period, undefined, l)),
      title: w.title(label),
      description: w.description(label),
    }),
    breadcrumbs: breadcrumbsIn(lang, { text: w.crumb, href: rankings }, { text: loc.period(period) }),
    heading: w.heading(label),
    back: { href: rankings, text: w.back },
    sections: (['cases', 'money'] as const).map((m, i) => ({
      id: TABLE_ANCHOR[m],
      heading: w.sections[m],
      table: tables[i]!,
    })),
  };
}
